package vn.hanoi.plantracker.system;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Results of read-only queries, kept while the {@link DataVersion} they were read at is
 * the newest one seen; a newer version drops them all. A reader that still sees an older
 * version is answered from the database, and nothing it reads is kept. At most
 * {@code maxEntries} results are kept per version (beyond that, they are not cached).
 * Switched off with {@code plantracker.read-cache.enabled=false}.
 */
public final class VersionedCache<K, V> {

	private final int maxEntries;

	private final boolean enabled;

	private volatile Generation<K, V> generation = new Generation<>(Long.MIN_VALUE);

	public VersionedCache(int maxEntries, boolean enabled) {
		this.maxEntries = maxEntries;
		this.enabled = enabled;
	}

	public V get(long version, K key, Supplier<V> loader) {
		if (!this.enabled) {
			return loader.get();
		}
		Generation<K, V> current = this.generation;
		if (version < current.version) {
			return loader.get();
		}
		if (version > current.version) {
			synchronized (this) {
				if (version > this.generation.version) {
					this.generation = new Generation<>(version);
				}
				current = this.generation;
			}
			if (current.version != version) {
				return loader.get();
			}
		}
		V value = current.values.get(key);
		if (value == null) {
			value = loader.get();
			if (current.values.size() < this.maxEntries) {
				current.values.putIfAbsent(key, value);
			}
		}
		return value;
	}

	private record Generation<K, V>(long version, Map<K, V> values) {

		Generation(long version) {
			this(version, new ConcurrentHashMap<>());
		}

	}

}
