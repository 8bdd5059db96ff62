#!/usr/bin/env bash
# The k8s/ manifests: yamllint, and kubectl's kustomize renders them. (Their fields and types are
# checked against the Kubernetes model by dev.lede.deploy.ManifestsTest in mvn verify.)
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v yamllint >/dev/null || ! command -v kubectl >/dev/null; then
    apt-get update -qq
    # Debian's kubectl is the kubernetes-client package
    command -v kubectl >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq kubernetes-client >/dev/null
    command -v yamllint >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq yamllint >/dev/null
fi
yamllint -s -c k8s/.yamllint.yaml k8s/
echo "yamllint: k8s/ clean"
mkdir -p target
kubectl kustomize k8s/ > target/k8s-rendered.yaml
echo "kubectl kustomize k8s/: $(grep -c '^kind:' target/k8s-rendered.yaml) resources rendered into target/k8s-rendered.yaml"
