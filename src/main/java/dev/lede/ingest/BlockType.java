package dev.lede.ingest;

public enum BlockType { PARAGRAPH, HEADING }
