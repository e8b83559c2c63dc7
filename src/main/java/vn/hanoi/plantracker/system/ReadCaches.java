package vn.hanoi.plantracker.system;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where every read cache comes from: each {@link VersionedCache} made here takes its
 * stamps from the {@link DataVersion} (the page view's snapshot), never from its caller,
 * and is switched off with the others by {@code plantracker.read-cache.enabled=false}.
 * The caches made are listed by name, so that a test can reach every one of them and read
 * what each one's misses read.
 */
@Component
public class ReadCaches {

	private final DataVersion versions;

	private final boolean enabled;

	private final Map<String, VersionedCache<?, ?>> made = new ConcurrentHashMap<>();

	private final Map<String, PerAgencyCache<?, ?>> madePerAgency = new ConcurrentHashMap<>();

	ReadCaches(DataVersion versions, @Value("${plantracker.read-cache.enabled:true}") boolean enabled) {
		this.versions = versions;
		this.enabled = enabled;
	}

	/** A new cache of at most {@code maxEntries} results, named for its metrics. */
	public <K, V> VersionedCache<K, V> create(String name, int maxEntries) {
		VersionedCache<K, V> cache = new VersionedCache<>(name, maxEntries, this.enabled, this.versions);
		if (this.madePerAgency.containsKey(name) || this.made.putIfAbsent(name, cache) != null) {
			throw new IllegalStateException("Two read caches named " + name);
		}
		return cache;
	}

	/**
	 * A new cache of results made of one part per agency, for at most {@code maxKeys}
	 * keys ({@link PerAgencyCache}).
	 */
	public <K, P> PerAgencyCache<K, P> createPerAgency(String name, int maxKeys) {
		PerAgencyCache<K, P> cache = new PerAgencyCache<>(name, maxKeys, this.enabled, this.versions);
		if (this.made.containsKey(name) || this.madePerAgency.putIfAbsent(name, cache) != null) {
			throw new IllegalStateException("Two read caches named " + name);
		}
		return cache;
	}

	/**
	 * How many agencies' parts each {@link PerAgencyCache} read since the start, by name:
	 * after a save, one.
	 */
	public Map<String, Long> agenciesRead() {
		Map<String, Long> read = new TreeMap<>();
		this.madePerAgency.forEach((name, cache) -> read.put(name, cache.agenciesRead()));
		return read;
	}

	/** Each cache's reads from the database since the start, by name. */
	public Map<String, Long> loads() {
		Map<String, Long> loads = new TreeMap<>();
		this.made.forEach((name, cache) -> loads.put(name, cache.loads()));
		this.madePerAgency.forEach((name, cache) -> loads.put(name, cache.loads()));
		return loads;
	}

}
