package org.factbench.security;

import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

  Optional<UserAccount> findByUsername(String username);

  boolean existsByAdminTrueAndEnabledTrue();

  @Query(
      """
      select u from UserAccount u
      where :text = '' or lower(u.username) like lower(concat('%', :text, '%'))
         or lower(u.displayName) like lower(concat('%', :text, '%'))
      """)
  Slice<UserAccount> search(String text, Pageable pageable);
}
