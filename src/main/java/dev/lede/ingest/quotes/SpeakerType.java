package dev.lede.ingest.quotes;

/**
 * What a speaker is: a named person; a named organisation or one the article describes ("the ministry");
 * a group of people ("officials in Kyiv", "residents"); or someone the article does not name ("a spokeswoman").
 */
public enum SpeakerType {
    PERSON, ORGANISATION, GROUP, UNKNOWN
}
