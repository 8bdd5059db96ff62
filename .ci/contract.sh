#!/usr/bin/env bash
# Checks the committed spec (openapi/openapi.yaml) as integrators use it: Spectral lint, Java, Kotlin and
# TypeScript clients generated and compiled, no breaking change against main's parent (HEAD~1)
# unless a commit since then says "[breaking]", and the Redoc HTML reference built into target/.
# The npm tools are pinned in contract/package.json + package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { echo; echo "=== $*"; }

(cd contract && npm ci --no-audit --no-fund --loglevel=error)

step "Spectral lint (spectral:oas + contract/.spectral.yaml), no errors or warnings"
(cd contract && npx spectral lint --ruleset .spectral.yaml --fail-severity=warn ../openapi/openapi.yaml)

step "Java, Kotlin and TypeScript clients generated from the spec and compiled"
./mvnw -B -ntp -q -f contract/pom.xml package
(cd contract && npx tsc -p tsconfig.client.json)
echo "Java client: $(find contract/target/classes/dev/lede/client -name '*.class' -not -path '*/kotlin/*' | wc -l) classes;" \
    "Kotlin client: $(find contract/target/classes/dev/lede/client/kotlin -name '*.class' | wc -l) classes; TypeScript client: tsc --strict passed"

step "No breaking change against HEAD~1's spec"
if git cat-file -e HEAD~1:openapi/openapi.yaml 2>/dev/null; then
    git show HEAD~1:openapi/openapi.yaml > contract/target/openapi-base.yaml
    if ! java -cp "contract/target/classes:$(cat contract/target/classpath.txt)" dev.lede.contract.BreakingChanges \
            contract/target/openapi-base.yaml openapi/openapi.yaml > contract/target/openapi-diff.txt; then
        cat contract/target/openapi-diff.txt
        if git log --format=%B HEAD~1..HEAD | grep -qiF '[breaking]'; then
            echo "Incompatible API change, marked [breaking] in a commit since HEAD~1: allowed"
        else
            echo "Incompatible API change against HEAD~1: make it compatible, or mark the commit [breaking] (contract/README.md)" >&2
            exit 1
        fi
    fi
    tail -1 contract/target/openapi-diff.txt
else
    echo "No openapi/openapi.yaml in HEAD~1 (first commit or shallow clone): nothing to compare"
fi

step "Redoc HTML reference"
mkdir -p target
(cd contract && REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true npx redocly build-docs ../openapi/openapi.yaml --output ../target/api-reference.html)
