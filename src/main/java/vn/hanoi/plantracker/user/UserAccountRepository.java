package vn.hanoi.plantracker.user;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	@Query("select u from UserAccount u join fetch u.agency where lower(u.username) = lower(?1)")
	Optional<UserAccount> findWithAgencyByUsername(String username);

	@Query("select u from UserAccount u join fetch u.agency where u.id = ?1")
	Optional<UserAccount> findWithAgencyById(Long id);

	boolean existsByRole(Role role);

	boolean existsByUsernameIgnoreCase(String username);

	@Query("select u from UserAccount u join fetch u.agency a order by u.role, a.sortOrder, u.username")
	List<UserAccount> findAllWithAgency();

	@Query("select u from UserAccount u where u.agency.id = ?1 and u.role = ?2 and u.enabled = true")
	List<UserAccount> findActiveByAgencyAndRole(Long agencyId, Role role);

	@Query("select u from UserAccount u join fetch u.agency where u.agency.id in ?1 and u.role = ?2 and u.enabled = true order by u.id")
	List<UserAccount> findActiveByAgenciesAndRole(Collection<Long> agencyIds, Role role);

	@Query("select u from UserAccount u where u.role = ?1 and u.enabled = true order by u.id")
	List<UserAccount> findActiveByRole(Role role);

}
