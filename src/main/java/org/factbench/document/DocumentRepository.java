package org.factbench.document;

import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DocumentRepository extends JpaRepository<Document, Long> {

  Optional<Document> findByIdAndWorkspaceId(long id, long workspaceId);

  @Query(
      """
      select new org.factbench.document.DocumentSummary(d.id, d.workspaceId, d.title, d.originUrl, d.outlet,
        d.speakers, d.publishedOn, d.language, d.format, d.fileName, d.charCount, d.previousVersionId,
        d.importedAt)
      from Document d
      where d.workspaceId = :workspaceId
        and (:title = '' or lower(d.title) like lower(concat('%', :title, '%')))
      """)
  Slice<DocumentSummary> search(long workspaceId, String title, Pageable pageable);

  @Query(
      """
      select new org.factbench.document.DocumentSummary(d.id, d.workspaceId, d.title, d.originUrl, d.outlet,
        d.speakers, d.publishedOn, d.language, d.format, d.fileName, d.charCount, d.previousVersionId,
        d.importedAt)
      from Document d
      where d.workspaceId = :workspaceId and d.id in :ids
      order by d.id
      """)
  java.util.List<DocumentSummary> summaries(long workspaceId, java.util.Collection<Long> ids);
}
