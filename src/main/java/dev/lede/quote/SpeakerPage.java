package dev.lede.quote;

import dev.lede.paging.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "SpeakerPage")
final class SpeakerPage {
    public List<SpeakerViews.Summary> data;
    public Page.PageInfo page;
}
