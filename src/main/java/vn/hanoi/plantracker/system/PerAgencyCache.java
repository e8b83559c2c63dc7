package vn.hanoi.plantracker.system;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;

import io.micrometer.core.instrument.Counter;

/**
 * Results made of one part per agency, each part kept under that agency's
 * {@link DataVersion} (and the structure's): when an agency's work changes, only its part
 * is read again, the others are kept. A figure over a whole plan then costs, after a
 * save, one agency's rows, not the plan's history. The parts are read by the caller's
 * loader, given the agencies to read (null: every agency), and returned as one map by
 * agency; an agency the loader does not return has no part. A part is served to a reader
 * whose version of its agency is not newer than the part's (a reader that took its
 * versions before the last refresh gets the newer part, at least as recent as its
 * versions); a newer version reads it again. A part read in a transaction that may write
 * (it may see its own changes, and be rolled back) is served at its own version only. At
 * most {@code maxKeys} results are kept (the least recently used makes room); a refresh
 * of one key is made by one reader at a time, the others wait for it (single flight).
 * Switched off with {@code plantracker.read-cache.enabled=false}: then every read reads
 * every agency.
 */
public final class PerAgencyCache<K, P> {

	private final String name;

	private final int maxKeys;

	private final boolean enabled;

	private final DataVersion versions;

	private final Map<K, Entry<P>> entries = new ConcurrentHashMap<>();

	private final Map<K, Object> locks = new ConcurrentHashMap<>();

	private final AtomicLong clock = new AtomicLong();

	private final AtomicLong loads = new AtomicLong();

	private final AtomicLong agenciesRead = new AtomicLong();

	private final Counter hits;

	private final Counter misses;

	PerAgencyCache(String name, int maxKeys, boolean enabled, DataVersion versions) {
		this.name = name;
		this.maxKeys = maxKeys;
		this.enabled = enabled;
		this.versions = versions;
		this.hits = CacheReads.counter(name, "hit");
		this.misses = CacheReads.counter(name, "miss");
	}

	/**
	 * Every agency's part for {@code key}: the kept ones whose agency has not changed
	 * since, and, read by {@code loader} in one call, those of the agencies that have
	 * (all of them the first time, or after a change of the structure). The map is not to
	 * be changed.
	 */
	public Map<Long, P> get(K key, BiFunction<K, Set<Long>, Map<Long, P>> loader) {
		DataVersion.Reading now = this.versions.reading();
		if (!this.enabled) {
			return load(key, null, loader);
		}
		Entry<P> kept = this.entries.get(key);
		if (kept != null && kept.serves(now)) {
			kept.used = this.clock.incrementAndGet();
			this.hits.increment();
			return kept.parts;
		}
		synchronized (this.locks.computeIfAbsent(key, (k) -> new Object())) {
			kept = this.entries.get(key);
			if (kept != null && kept.serves(now)) {
				kept.used = this.clock.incrementAndGet();
				this.hits.increment();
				return kept.parts;
			}
			this.misses.increment();
			Entry<P> fresh;
			boolean writing = CacheReads.writing();
			if (kept == null || kept.structure != now.structure() || kept.uncommittedStructure) {
				Map<Long, P> parts = load(key, null, loader);
				fresh = new Entry<>(now.structure(), writing, now.agencies(), writing ? parts.keySet() : Set.of(),
						parts);
			}
			else {
				Set<Long> changed = kept.changedIn(now);
				fresh = kept.with(changed, load(key, changed, loader), now, writing);
			}
			fresh.used = this.clock.incrementAndGet();
			keep(key, fresh);
			return fresh.parts;
		}
	}

	private Map<Long, P> load(K key, Set<Long> agencies, BiFunction<K, Set<Long>, Map<Long, P>> loader) {
		this.loads.incrementAndGet();
		Map<Long, P> read = VersionedCache.loadingAs(this.name, () -> loader.apply(key, agencies));
		this.agenciesRead.addAndGet((agencies != null) ? agencies.size() : read.size());
		return read;
	}

	private void keep(K key, Entry<P> entry) {
		if (!this.entries.containsKey(key) && this.entries.size() >= this.maxKeys) {
			K oldest = null;
			long oldestUse = Long.MAX_VALUE;
			for (Map.Entry<K, Entry<P>> kept : this.entries.entrySet()) {
				if (kept.getValue().used < oldestUse) {
					oldestUse = kept.getValue().used;
					oldest = kept.getKey();
				}
			}
			if (oldest != null) {
				this.entries.remove(oldest);
				this.locks.remove(oldest);
			}
		}
		this.entries.put(key, entry);
	}

	/** How many times a reader read from the database, since the start. */
	long loads() {
		return this.loads.get();
	}

	/** How many agencies' parts were read, since the start. */
	public long agenciesRead() {
		return this.agenciesRead.get();
	}

	/**
	 * The parts of one key with the versions they were read at: the structure's, and each
	 * agency's (absent: 0, never changed).
	 */
	private static final class Entry<P> {

		private final long structure;

		/** The whole entry was read in a transaction that may write. */
		private final boolean uncommittedStructure;

		private final Map<Long, Long> agencies;

		/**
		 * The agencies whose part was read in a transaction that may write: served at
		 * their own version only (a rolled-back transaction's version is never seen
		 * again).
		 */
		private final Set<Long> uncommitted;

		private final Map<Long, P> parts;

		private volatile long used;

		Entry(long structure, boolean uncommittedStructure, Map<Long, Long> agencies, Set<Long> uncommitted,
				Map<Long, P> parts) {
			this.structure = structure;
			this.uncommittedStructure = uncommittedStructure;
			this.agencies = agencies;
			this.uncommitted = Set.copyOf(uncommitted);
			this.parts = Collections.unmodifiableMap(parts);
		}

		/**
		 * These parts with those of the agencies {@code changed} replaced by {@code read}
		 * (an agency absent from it has no part any more), at the reading's versions.
		 */
		Entry<P> with(Set<Long> changed, Map<Long, P> read, DataVersion.Reading now, boolean writing) {
			Map<Long, P> parts = new HashMap<>(this.parts);
			Map<Long, Long> stamps = new HashMap<>(this.agencies);
			Set<Long> uncommitted = new HashSet<>(this.uncommitted);
			if (writing) {
				uncommitted.addAll(changed);
			}
			else {
				uncommitted.removeAll(changed);
			}
			for (Long agency : changed) {
				P part = read.get(agency);
				if (part != null) {
					parts.put(agency, part);
				}
				else {
					parts.remove(agency);
				}
				stamps.put(agency, now.agencies().getOrDefault(agency, 0L));
			}
			return new Entry<>(this.structure, this.uncommittedStructure, stamps, uncommitted, parts);
		}

		/**
		 * Whether every part is at least as recent as the reading: read at the reading's
		 * version of its agency or a later one (a reader that took its versions before
		 * the last refresh is served the newer parts, as a reader that started a moment
		 * later would be). Parts are only kept from reads that see committed data
		 * ({@link PerAgencyCache#get}), so a newer part is never one a rolled-back
		 * transaction read.
		 */
		boolean serves(DataVersion.Reading now) {
			boolean structure = this.uncommittedStructure ? now.structure() == this.structure
					: now.structure() <= this.structure;
			return structure && changedIn(now).isEmpty();
		}

		/**
		 * The agencies whose version in the reading is newer than their part's, or other
		 * than it for a part read in a transaction that may write.
		 */
		Set<Long> changedIn(DataVersion.Reading now) {
			Map<Long, Long> versions = now.agencies();
			Set<Long> changed = new HashSet<>();
			versions.forEach((agency, version) -> {
				long kept = this.agencies.getOrDefault(agency, 0L);
				if (version > kept || (version != kept && !committed(agency))) {
					changed.add(agency);
				}
			});
			this.agencies.forEach((agency, kept) -> {
				if (!committed(agency) && kept.longValue() != versions.getOrDefault(agency, 0L)) {
					changed.add(agency);
				}
			});
			return changed;
		}

		private boolean committed(long agency) {
			return !this.uncommittedStructure && !this.uncommitted.contains(agency);
		}

	}

}
