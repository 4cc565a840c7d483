package org.factbench.assist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * Tokens and universal part-of-speech tags (PROPN, VERB, AUX, NOUN...) of a sentence, with
 * OpenNLP's English models trained on the Universal Dependencies English Web Treebank, shipped in
 * the jars {@code opennlp-models-tokenizer-en} and {@code opennlp-models-pos-en} (Apache-2.0; no
 * download). OpenNLP publishes no name-finder model as a Maven artifact, so names are the runs of
 * proper nouns the tagger finds.
 */
final class PartsOfSpeech {

  private PartsOfSpeech() {}

  static final String TOKENIZER_RESOURCE = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  static final String TAGGER_RESOURCE = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  /** Longer sentences are tagged on their first this many characters (tagging is linear). */
  static final int MAX_CHARS = 600;

  /** A sentence's tokens and their tags, index by index. */
  record Tagged(String[] tokens, String[] tags) {

    int size() {
      return tokens.length;
    }

    boolean is(int i, String tag) {
      return tags[i].equals(tag);
    }
  }

  private static final class Models {
    static final TokenizerModel TOKENIZER = load(TOKENIZER_RESOURCE, TokenizerModel::new);
    static final POSModel TAGGER = load(TAGGER_RESOURCE, POSModel::new);

    interface Reader<T> {
      T read(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, Reader<T> reader) {
      try (InputStream in = PartsOfSpeech.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
        }
        return reader.read(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
    }
  }

  // the models are shared (read-only); tokenizer and tagger keep per-call state: one per thread
  private static final ThreadLocal<TokenizerME> TOKENIZER =
      ThreadLocal.withInitial(() -> new TokenizerME(Models.TOKENIZER));
  private static final ThreadLocal<POSTaggerME> TAGGER =
      ThreadLocal.withInitial(() -> new POSTaggerME(Models.TAGGER, POSTagFormat.UD));

  /** The tokens and tags of {@code sentence}. */
  static Tagged tag(String sentence) {
    String text = sentence.length() > MAX_CHARS ? sentence.substring(0, MAX_CHARS) : sentence;
    String[] tokens = TOKENIZER.get().tokenize(text);
    if (tokens.length == 0) {
      return new Tagged(tokens, tokens);
    }
    return new Tagged(tokens, TAGGER.get().tag(tokens));
  }
}
