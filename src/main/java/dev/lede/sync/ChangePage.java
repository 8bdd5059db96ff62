package dev.lede.sync;

import dev.lede.paging.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ChangePage")
public record ChangePage(List<Change> data, Page.PageInfo page) {
}
