package vn.hanoi.plantracker.agency;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.system.access.AdminOnly;

/**
 * The administrator adds agencies, renames them and ends their validity. Nothing is ever
 * deleted: a renamed agency keeps its former name in {@code agency_name} for the periods
 * it had it, and an agency that ends keeps its history.
 */
@Service
@Transactional
@AdminOnly
public class AgencyAdministration {

	private final AgencyRepository agencies;

	private final JdbcClient jdbc;

	private final Today today;

	private final ApplicationEventPublisher events;

	AgencyAdministration(AgencyRepository agencies, JdbcClient jdbc, Today today, ApplicationEventPublisher events) {
		this.agencies = agencies;
		this.jdbc = jdbc;
		this.today = today;
		this.events = events;
	}

	public long add(String code, String nameVi, String nameEn, AgencyKind kind, LocalDate activeFrom) {
		String normalized = code.strip().toUpperCase(Locale.ROOT);
		if (this.agencies.findByCode(normalized).isPresent()) {
			throw new AgencyEditException("admin.agencies.codeTaken");
		}
		LocalDate from = (activeFrom != null) ? activeFrom : this.today.date();
		Integer last = this.jdbc.sql("select coalesce(max(sort_order), 0) from agency where kind = :kind")
			.param("kind", kind.name())
			.query(Integer.class)
			.single();
		Agency agency = this.agencies
			.save(new Agency(normalized, nameVi.strip(), nameEn.strip(), kind, (last != null) ? last + 1 : 1, from));
		recordName(agency.getId(), agency.getNameVi(), agency.getNameEn(), from);
		return agency.getId();
	}

	/** The new name is valid from today; reports for earlier dates keep the old one. */
	public void rename(long agencyId, long version, String nameVi, String nameEn) {
		Agency agency = load(agencyId, version);
		LocalDate date = this.today.date();
		// an agency created before name history was kept gets its current name first
		// (once:
		// renames racing on the same version all try it; the version check then keeps
		// one)
		this.jdbc.sql("""
				insert into agency_name (agency_id, name_vi, name_en, valid_from)
				select id, name_vi, name_en, active_from from agency a where a.id = :id
				  and not exists (select 1 from agency_name n where n.agency_id = a.id)
				on conflict do nothing""").param("id", agencyId).update();
		agency.rename(nameVi.strip(), nameEn.strip());
		recordName(agencyId, agency.getNameVi(), agency.getNameEn(), date);
	}

	/**
	 * The agency stops on {@code lastDay}: no new periods are created for it after that,
	 * and its open work due later is closed with the reason (by the assignment module).
	 */
	public void end(long agencyId, long version, LocalDate lastDay, long authorId, String reason) {
		Agency agency = load(agencyId, version);
		if (lastDay == null || lastDay.isBefore(agency.getActiveFrom())) {
			throw new AgencyEditException("admin.agencies.endBeforeStart");
		}
		if (reason == null || reason.isBlank()) {
			throw new AgencyEditException("admin.agencies.endReasonRequired");
		}
		agency.endOn(lastDay, this.today.now());
		this.events.publishEvent(new AgencyEnded(agencyId, lastDay, authorId, reason.strip()));
	}

	/** The names the agency has had, newest first. */
	@Transactional(readOnly = true)
	public java.util.List<AgencyName> names(long agencyId) {
		return this.jdbc.sql("""
				select name_vi, name_en, valid_from from agency_name where agency_id = :id order by valid_from desc""")
			.param("id", agencyId)
			.query((rs, n) -> new AgencyName(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
			.list();
	}

	/** A name an agency had from a date on. */
	public record AgencyName(String nameVi, String nameEn, LocalDate validFrom) {

	}

	private void recordName(long agencyId, String nameVi, String nameEn, LocalDate validFrom) {
		this.jdbc
			.sql("""
					insert into agency_name (agency_id, name_vi, name_en, valid_from) values (:id, :vi, :en, :from)
					on conflict (agency_id, valid_from) do update set name_vi = excluded.name_vi, name_en = excluded.name_en""")
			.param("id", agencyId)
			.param("vi", nameVi)
			.param("en", nameEn)
			.param("from", Date.valueOf(validFrom))
			.update();
	}

	private Agency load(long agencyId, long version) {
		Agency agency = this.agencies.findById(agencyId).orElseThrow(() -> new AgencyNotFoundException(agencyId));
		if (agency.getVersion() != version) {
			throw new AgencyEditException("admin.agencies.stale");
		}
		return agency;
	}

}
