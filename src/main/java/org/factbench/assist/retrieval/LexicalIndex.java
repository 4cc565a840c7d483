package org.factbench.assist.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * BM25 over passages (Lucene, k1 1.2, b 0.75), in memory or in a directory. Passages are added,
 * replaced and deleted by id; a search sees every change made before it. Safe for several threads.
 *
 * <p>The searched words are the passage's text, and its title too when {@code withTitle} is set.
 * Text and title are stored, so hits can be explained without another lookup.
 */
public final class LexicalIndex implements AutoCloseable {

  /** Lucene allows 1,024 clauses in one query; longer texts are cut to their first words. */
  static final int MAX_QUERY_WORDS = 1000;

  private static final String ID = "id";

  /** The id as a term too: replacing and deleting by term is far cheaper than by a query. */
  static final String KEY = "key";

  private static final String BODY = "body";
  private static final String TEXT = "text";
  private static final String TITLE = "title";

  private final Directory directory;
  private final Analyzer analyzer;
  private final boolean withTitle;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final BM25Similarity similarity = new BM25Similarity(1.2f, 0.75f);
  private volatile boolean changed;

  private LexicalIndex(Directory directory, Analysis analysis, boolean withTitle) {
    this.directory = directory;
    this.analyzer = analysis.analyzer();
    this.withTitle = withTitle;
    try {
      IndexWriterConfig config = new IndexWriterConfig(analyzer);
      config.setSimilarity(similarity);
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      this.writer = new IndexWriter(directory, config);
      this.searchers = new SearcherManager(writer, null);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not open the lexical index", e);
    }
  }

  /** An index held in memory. */
  public static LexicalIndex inMemory(Analysis analysis, boolean withTitle) {
    return new LexicalIndex(new ByteBuffersDirectory(), analysis, withTitle);
  }

  /** An index kept in {@code dir} (created if missing, reopened if there). */
  public static LexicalIndex inDirectory(Path dir, Analysis analysis, boolean withTitle) {
    try {
      return new LexicalIndex(FSDirectory.open(dir), analysis, withTitle);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not open the lexical index in " + dir, e);
    }
  }

  /** Adds the passage, or replaces the one with its id. */
  public void put(Passage passage) {
    putAll(List.of(passage));
  }

  /** Adds or replaces each passage. */
  public void putAll(Collection<Passage> passages) {
    try {
      for (Passage p : passages) {
        Document doc = new Document();
        doc.add(new LongField(ID, p.id(), Field.Store.NO));
        doc.add(new StringField(KEY, Long.toString(p.id()), Field.Store.NO));
        doc.add(
            new TextField(
                BODY,
                withTitle && !p.title().isEmpty() ? p.text() + "\n" + p.title() : p.text(),
                Field.Store.NO));
        // doc values, not stored fields: a lookup reads about 60 passages at random, and stored
        // fields decompress a block of many documents for each
        doc.add(new BinaryDocValuesField(TEXT, new BytesRef(p.text())));
        if (!p.title().isEmpty()) {
          doc.add(new BinaryDocValuesField(TITLE, new BytesRef(p.title())));
        }
        writer.updateDocument(key(p.id()), doc);
      }
      changed = true;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not index passages", e);
    }
  }

  /** Removes the passage with this id, if there is one. */
  public void delete(long id) {
    try {
      writer.deleteDocuments(key(id));
      changed = true;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not delete passage " + id, e);
    }
  }

  /** Writes every change to the directory (for an index kept on disk). */
  public void commit() {
    try {
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not commit the lexical index", e);
    }
  }

  /** How many passages the index holds. */
  public int size() {
    try {
      IndexSearcher s = acquire();
      try {
        return s.getIndexReader().numDocs();
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The {@code k} passages with the highest BM25 score for {@code text}, best first. */
  public List<ScoredId> search(String text, int k) {
    Query query = query(text);
    if (query == null || k <= 0) {
      return List.of();
    }
    try {
      IndexSearcher s = acquire();
      try {
        return hits(s, s.search(query, k).scoreDocs);
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Lexical search failed", e);
    }
  }

  /**
   * The BM25 score of each of {@code ids} for {@code text}; ids without a shared word are left out.
   */
  public Map<Long, Double> scores(String text, Collection<Long> ids) {
    Query query = query(text);
    if (query == null || ids.isEmpty()) {
      return Map.of();
    }
    Query only =
        new BooleanQuery.Builder()
            .add(query, BooleanClause.Occur.MUST)
            .add(
                LongField.newSetQuery(ID, ids.stream().mapToLong(Long::longValue).toArray()),
                BooleanClause.Occur.FILTER)
            .build();
    try {
      IndexSearcher s = acquire();
      try {
        Map<Long, Double> out = new HashMap<>();
        for (ScoredId h : hits(s, s.search(only, ids.size()).scoreDocs)) {
          out.put(h.id(), h.score());
        }
        return out;
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Lexical search failed", e);
    }
  }

  /** The stored passage with this id. */
  public Optional<Passage> get(long id) {
    return Optional.ofNullable(get(List.of(id)).get(id));
  }

  /** The stored passages with these ids (those that are held). */
  public Map<Long, Passage> get(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    try {
      IndexSearcher s = acquire();
      try {
        Map<Long, Passage> out = new HashMap<>();
        ScoreDoc[] found =
            s.search(
                    LongField.newSetQuery(ID, ids.stream().mapToLong(Long::longValue).toArray()),
                    ids.size())
                .scoreDocs;
        int[] docs = java.util.Arrays.stream(found).mapToInt(d -> d.doc).sorted().toArray();
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        int leafIndex = -1;
        LeafReaderContext leaf = null;
        BinaryDocValues texts = null;
        BinaryDocValues titles = null;
        SortedNumericDocValues idValues = null;
        for (int doc : docs) {
          int li = ReaderUtil.subIndex(doc, leaves);
          if (li != leafIndex) {
            leafIndex = li;
            leaf = leaves.get(li);
            texts = DocValues.getBinary(leaf.reader(), TEXT);
            titles = DocValues.getBinary(leaf.reader(), TITLE);
            idValues = DocValues.getSortedNumeric(leaf.reader(), ID);
          }
          int local = doc - leaf.docBase;
          idValues.advanceExact(local);
          long id = idValues.nextValue();
          String text = texts.advanceExact(local) ? texts.binaryValue().utf8ToString() : "";
          String title = titles.advanceExact(local) ? titles.binaryValue().utf8ToString() : "";
          out.put(id, new Passage(id, text, title));
        }
        return out;
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The words of {@code text} that {@code passage} also has, as written in {@code text}, rarest in
   * the index first (at most {@code max}).
   */
  public List<String> sharedWords(String text, Passage passage, int max) {
    Map<String, String> passageTerms = terms(passage.text() + "\n" + passage.title());
    Map<String, String> queryTerms = terms(text);
    try {
      IndexSearcher s = acquire();
      try {
        List<Map.Entry<String, String>> shared = new ArrayList<>();
        for (Map.Entry<String, String> e : queryTerms.entrySet()) {
          if (passageTerms.containsKey(e.getKey())) {
            shared.add(e);
          }
        }
        Map<String, Integer> df = new HashMap<>();
        for (Map.Entry<String, String> e : shared) {
          df.put(e.getKey(), s.getIndexReader().docFreq(new Term(BODY, e.getKey())));
        }
        shared.sort(
            java.util.Comparator.comparingInt((Map.Entry<String, String> e) -> df.get(e.getKey()))
                .thenComparing(Map.Entry::getKey));
        return shared.stream().limit(max).map(Map.Entry::getValue).toList();
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each analysed term of {@code text} with the first word it came from, in reading order. */
  Map<String, String> terms(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    try (TokenStream ts = analyzer.tokenStream(BODY, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.putIfAbsent(
            term.toString(),
            text.substring(offset.startOffset(), offset.endOffset())
                .toLowerCase(java.util.Locale.ROOT));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private Query query(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int n = 0;
    try (TokenStream ts = analyzer.tokenStream(BODY, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken() && n < MAX_QUERY_WORDS) {
        b.add(new TermQuery(new Term(BODY, term.toString())), BooleanClause.Occur.SHOULD);
        n++;
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return n == 0 ? null : b.build();
  }

  private IndexSearcher acquire() throws IOException {
    if (changed) {
      changed = false;
      searchers.maybeRefreshBlocking();
    }
    IndexSearcher s = searchers.acquire();
    s.setSimilarity(similarity);
    return s;
  }

  private static List<ScoredId> hits(IndexSearcher s, ScoreDoc[] docs) throws IOException {
    List<ScoredId> out = new ArrayList<>(docs.length);
    for (ScoreDoc d : docs) {
      out.add(new ScoredId(id(s, d.doc), d.score));
    }
    return out;
  }

  /** The term that names a passage's document. */
  static Term key(long id) {
    return new Term(KEY, Long.toString(id));
  }

  /** A document's passage id, from its doc values (no stored fields to decompress). */
  static long id(IndexSearcher s, int doc) throws IOException {
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    SortedNumericDocValues values = DocValues.getSortedNumeric(leaf.reader(), ID);
    if (!values.advanceExact(doc - leaf.docBase)) {
      throw new IllegalStateException("A document without an id");
    }
    return values.nextValue();
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
      directory.close();
      analyzer.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not close the lexical index", e);
    }
  }
}
