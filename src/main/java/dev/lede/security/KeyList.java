package dev.lede.security;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ApiKeyList")
public record KeyList(List<KeyView> data) {
}
