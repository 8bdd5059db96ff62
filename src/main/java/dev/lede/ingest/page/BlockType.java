package dev.lede.ingest.page;

public enum BlockType { PARAGRAPH, HEADING }
