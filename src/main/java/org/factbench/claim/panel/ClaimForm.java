package org.factbench.claim.panel;

import java.util.List;
import org.factbench.claim.ClaimDetail;
import org.factbench.claim.ClaimEdit;
import org.factbench.claim.Verdict;
import org.factbench.workspace.Member;

/** The bean the claim form's Binder edits; it carries the version the user loaded. */
class ClaimForm {

  private String wording;
  private String claimant;
  private String timePosition;
  private String tags;
  private Member assignee;
  private Verdict verdict;
  private String rationale;
  private long version;

  static ClaimForm of(ClaimDetail d, List<Member> members) {
    ClaimForm f = new ClaimForm();
    f.wording = d.wording();
    f.claimant = d.claimant();
    f.timePosition = TimePositions.format(d.timeSeconds());
    f.tags = String.join(", ", d.tags());
    f.assignee =
        d.assigneeId() == null
            ? null
            : members.stream().filter(m -> m.userId() == d.assigneeId()).findFirst().orElse(null);
    f.verdict = d.verdict();
    f.rationale = d.rationale();
    f.version = d.version();
    return f;
  }

  ClaimEdit toEdit() {
    return new ClaimEdit(
        wording,
        claimant,
        TimePositions.parse(timePosition),
        tags == null
            ? List.of()
            : java.util.Arrays.stream(tags.split(","))
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .toList(),
        assignee == null ? null : assignee.userId(),
        verdict == null ? null : verdict.id(),
        rationale,
        version);
  }

  String getWording() {
    return wording;
  }

  void setWording(String wording) {
    this.wording = wording;
  }

  String getClaimant() {
    return claimant;
  }

  void setClaimant(String claimant) {
    this.claimant = claimant;
  }

  String getTimePosition() {
    return timePosition;
  }

  void setTimePosition(String timePosition) {
    this.timePosition = timePosition;
  }

  String getTags() {
    return tags;
  }

  void setTags(String tags) {
    this.tags = tags;
  }

  Member getAssignee() {
    return assignee;
  }

  void setAssignee(Member assignee) {
    this.assignee = assignee;
  }

  Verdict getVerdict() {
    return verdict;
  }

  void setVerdict(Verdict verdict) {
    this.verdict = verdict;
  }

  String getRationale() {
    return rationale;
  }

  void setRationale(String rationale) {
    this.rationale = rationale;
  }

  long getVersion() {
    return version;
  }

  void setVersion(long version) {
    this.version = version;
  }
}
