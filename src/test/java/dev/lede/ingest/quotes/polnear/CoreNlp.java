package dev.lede.ingest.quotes.polnear;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The parts of PolNeAR's CoreNLP annotation the scorer uses: tokens with named-entity tags, and coreference chains. */
record CoreNlp(List<Token> tokens, List<List<Mention>> chains) {

    record Token(String word, int start, int end, String pos, String ner) {
    }

    /** Tokens first..last (inclusive) of {@link #tokens}, the article-wide list. */
    record Mention(int first, int last, int head) {
    }

    static CoreNlp read(Path xml) {
        try (InputStream in = Files.newInputStream(xml)) {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            return parse(factory.createXMLStreamReader(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot read " + xml, e);
        }
    }

    private static CoreNlp parse(XMLStreamReader r) throws XMLStreamException {
        List<Token> tokens = new ArrayList<>();
        List<Integer> sentenceStarts = new ArrayList<>();
        List<List<int[]>> rawChains = new ArrayList<>();
        String[] token = new String[5];
        int[] mention = new int[4];
        int depth = 0;
        String element = null;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                element = r.getLocalName();
                switch (element) {
                    case "tokens" -> sentenceStarts.add(tokens.size());
                    case "coreference" -> {
                        depth++;
                        if (depth == 2) {
                            rawChains.add(new ArrayList<>());
                        }
                    }
                    default -> { }
                }
            } else if (event == XMLStreamConstants.CHARACTERS && element != null && !r.isWhiteSpace()) {
                String v = r.getText();
                if (depth == 0) {
                    switch (element) {
                        case "word" -> token[0] = v;
                        case "CharacterOffsetBegin" -> token[1] = v;
                        case "CharacterOffsetEnd" -> token[2] = v;
                        case "POS" -> token[3] = v;
                        case "NER" -> token[4] = v;
                        default -> { }
                    }
                } else {
                    switch (element) {
                        case "sentence" -> mention[0] = Integer.parseInt(v) - 1;
                        case "start" -> mention[1] = Integer.parseInt(v) - 1;
                        case "end" -> mention[2] = Integer.parseInt(v) - 1;
                        case "head" -> mention[3] = Integer.parseInt(v) - 1;
                        default -> { }
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = r.getLocalName();
                if (name.equals("token") && depth == 0) {
                    tokens.add(new Token(token[0], Integer.parseInt(token[1]), Integer.parseInt(token[2]), token[3], token[4]));
                } else if (name.equals("mention") && depth == 2) {
                    rawChains.get(rawChains.size() - 1).add(mention.clone());
                } else if (name.equals("coreference")) {
                    depth--;
                }
                element = null;
            }
        }
        List<List<Mention>> chains = rawChains.stream().map(c -> c.stream().map(m -> {
            int base = sentenceStarts.get(m[0]);
            return new Mention(base + m[1], base + m[2] - 1, base + m[3]);
        }).toList()).toList();
        return new CoreNlp(tokens, chains);
    }

    /** Indices of the tokens that overlap these spans. */
    List<Integer> tokensIn(List<Span> spans) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Span t = new Span(tokens.get(i).start(), tokens.get(i).end());
            if (spans.stream().anyMatch(s -> s.overlap(t) > 0)) {
                found.add(i);
            }
        }
        return found;
    }
}
