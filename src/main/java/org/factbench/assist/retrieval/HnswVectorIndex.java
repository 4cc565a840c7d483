package org.factbench.assist.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene103.Lucene103Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;

/**
 * Approximate nearest neighbours with Lucene's HNSW graph over vectors quantised to 7 bits ({@code
 * Lucene99HnswScalarQuantizedVectorsFormat}), kept in a directory and read through memory maps, so
 * the vectors stay out of the Java heap. Measured against {@link Int8VectorIndex} in decision
 * record 0012.
 */
public final class HnswVectorIndex implements VectorIndex {

  private static final String ID = "id";
  private static final String VECTOR = "v";

  private final int dimensions;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private volatile boolean changed;

  /**
   * @param maxConnections graph neighbours per node (Lucene's default 16)
   * @param beamWidth candidates kept while building (Lucene's default 100)
   * @param ramBufferMb vectors buffered in the heap before a segment is written
   */
  public HnswVectorIndex(
      Path dir, int dimensions, int maxConnections, int beamWidth, double ramBufferMb) {
    this.dimensions = dimensions;
    try {
      this.directory = new MMapDirectory(dir);
      KnnVectorsFormat format =
          new Lucene99HnswScalarQuantizedVectorsFormat(maxConnections, beamWidth);
      IndexWriterConfig config = new IndexWriterConfig();
      config.setCodec(
          new Lucene103Codec() {
            @Override
            public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
              return format;
            }
          });
      config.setRAMBufferSizeMB(ramBufferMb);
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      this.writer = new IndexWriter(directory, config);
      this.searchers = new SearcherManager(writer, null);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not open the vector index in " + dir, e);
    }
  }

  @Override
  public int dimensions() {
    return dimensions;
  }

  @Override
  public void put(long id, float[] unitVector) {
    putAll(new long[] {id}, new float[][] {unitVector});
  }

  @Override
  public void putAll(long[] ids, float[][] vectors) {
    try {
      for (int i = 0; i < ids.length; i++) {
        Document d = new Document();
        d.add(new LongField(ID, ids[i], Field.Store.NO));
        d.add(new StringField(LexicalIndex.KEY, Long.toString(ids[i]), Field.Store.NO));
        d.add(new KnnFloatVectorField(VECTOR, vectors[i], VectorSimilarityFunction.DOT_PRODUCT));
        writer.updateDocument(LexicalIndex.key(ids[i]), d);
      }
      changed = true;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not index vectors", e);
    }
  }

  /** Merges the index into one segment (one graph to search), and commits it. */
  public void optimise() {
    try {
      writer.forceMerge(1);
      writer.commit();
      changed = true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void delete(long id) {
    try {
      writer.deleteDocuments(LexicalIndex.key(id));
      changed = true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean contains(long id) {
    return !search(LongField.newExactQuery(ID, id), 1).isEmpty();
  }

  @Override
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

  @Override
  public List<ScoredId> nearest(float[] query, int k) {
    return search(new KnnFloatVectorQuery(VECTOR, query, k), k);
  }

  @Override
  public Map<Long, Double> similarities(float[] query, Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<Long, Double> out = new HashMap<>();
    for (ScoredId h :
        search(
            new KnnFloatVectorQuery(
                VECTOR,
                query,
                ids.size(),
                LongField.newSetQuery(ID, ids.stream().mapToLong(Long::longValue).toArray())),
            ids.size())) {
      out.put(h.id(), h.score());
    }
    return out;
  }

  private List<ScoredId> search(org.apache.lucene.search.Query q, int k) {
    try {
      IndexSearcher s = acquire();
      try {
        ScoreDoc[] docs = s.search(q, k).scoreDocs;
        List<ScoredId> out = new ArrayList<>(docs.length);
        for (ScoreDoc d : docs) {
          // Lucene's DOT_PRODUCT score is (1 + dot) / 2; give back the cosine
          out.add(new ScoredId(LexicalIndex.id(s, d.doc), 2.0 * d.score - 1));
        }
        return out;
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Vector search failed", e);
    }
  }

  private IndexSearcher acquire() throws IOException {
    if (changed) {
      changed = false;
      searchers.maybeRefreshBlocking();
    }
    return searchers.acquire();
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
