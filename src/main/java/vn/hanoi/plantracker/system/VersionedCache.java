package vn.hanoi.plantracker.system;

import java.lang.reflect.UndeclaredThrowableException;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;

/**
 * Results of read-only queries, each kept under the {@link DataVersion.Stamp} it was read
 * at: a reader with the same stamp gets it, a reader with a newer one reads again and
 * replaces it, a reader that still sees an older one is answered from the database and
 * nothing it reads is kept. Each entry has its own stamp (its plan's, its agency's, the
 * city's: {@link DataVersion.Scope}), so that a change drops what it changes and nothing
 * else. At most {@code maxEntries} results are kept (beyond that, one kept result makes
 * room for the new one). Switched off with {@code plantracker.read-cache.enabled=false}:
 * then nothing is kept.
 * <p>
 * Single flight, whether the result is kept or not (caches off, an older stamp):
 * concurrent readers of one (stamp, key) wait for the one that reads it, so a burst of
 * requests after a change, or for a heavy report, costs one query and one result's
 * memory, not one each. A failed read fails every reader that waited for it (they would
 * most likely fail the same way, each holding its own share of the heap and a connection)
 * and is not kept: the next reader tries again.
 */
public final class VersionedCache<K, V> {

	private final int maxEntries;

	private final boolean enabled;

	private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

	/**
	 * Reads under way, kept or not; each removed when it ends, before its readers wake.
	 */
	private final Map<Flight<K>, CompletableFuture<V>> inFlight = new ConcurrentHashMap<>();

	private final Counter hits;

	private final Counter misses;

	public VersionedCache(int maxEntries, boolean enabled) {
		this(null, maxEntries, enabled);
	}

	public VersionedCache(String name, int maxEntries, boolean enabled) {
		this.maxEntries = maxEntries;
		this.enabled = enabled;
		this.hits = (name != null) ? counter(name, "hit") : null;
		this.misses = (name != null) ? counter(name, "miss") : null;
	}

	private static Counter counter(String name, String result) {
		return Counter.builder("plantracker.read-cache.requests")
			.tag("cache", name)
			.tag("result", result)
			.description("Reads of a read cache: from memory (hit) or from the database (miss)")
			.register(Metrics.globalRegistry);
	}

	/** Under the city's version alone (every change is a new one). */
	public V get(long version, K key, Supplier<V> loader) {
		return get(DataVersion.Stamp.of(version), key, loader);
	}

	public V get(DataVersion.Stamp stamp, K key, Supplier<V> loader) {
		if (this.hits == null) {
			return read(stamp, key, loader);
		}
		boolean[] loaded = { false };
		V value = read(stamp, key, () -> {
			loaded[0] = true;
			return loader.get();
		});
		(loaded[0] ? this.misses : this.hits).increment();
		return value;
	}

	private V read(DataVersion.Stamp stamp, K key, Supplier<V> loader) {
		boolean keep = this.enabled;
		if (keep) {
			Entry<V> kept = this.entries.get(key);
			if (kept != null) {
				if (kept.stamp.equals(stamp)) {
					return kept.value;
				}
				// kept at a newer stamp (or one that cannot be compared): this reader's
				// is out of date, what it reads is not kept
				keep = stamp.isAtLeast(kept.stamp);
			}
		}
		Flight<K> flight = new Flight<>(stamp, key);
		CompletableFuture<V> mine = new CompletableFuture<>();
		CompletableFuture<V> running = this.inFlight.putIfAbsent(flight, mine);
		if (running != null) {
			return await(running, loader);
		}
		V value;
		try {
			// kept by a read that ended between the look-up above and this one's start
			Entry<V> kept = keep ? this.entries.get(key) : null;
			value = (kept != null && kept.stamp.equals(stamp)) ? kept.value : loader.get();
		}
		catch (Throwable ex) {
			this.inFlight.remove(flight, mine);
			mine.completeExceptionally(ex);
			throw ex;
		}
		if (keep) {
			keep(key, new Entry<>(stamp, value));
		}
		this.inFlight.remove(flight, mine);
		mine.complete(value);
		return value;
	}

	private void keep(K key, Entry<V> entry) {
		if (!this.entries.containsKey(key) && this.entries.size() >= this.maxEntries) {
			// full: one kept result makes room (an out-of-date one, most often: an entry
			// is replaced when its key is read again after a change)
			Iterator<K> keys = this.entries.keySet().iterator();
			if (keys.hasNext()) {
				keys.next();
				keys.remove();
			}
		}
		// never over a result read at a newer stamp by a reader that ended first
		this.entries.merge(key, entry, (old, mine) -> mine.stamp.isAtLeast(old.stamp) ? mine : old);
	}

	private static <V> V await(CompletableFuture<V> running, Supplier<V> loader) {
		try {
			return running.get();
		}
		catch (InterruptedException ex) {
			// keeps the interrupt for whatever stops the request; reads for itself, as
			// a reader does when the cache is no help
			Thread.currentThread().interrupt();
			return loader.get();
		}
		catch (ExecutionException ex) {
			// the read this one waited for failed: the same failure, as if its own
			Throwable cause = ex.getCause();
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw new UndeclaredThrowableException(cause);
		}
	}

	private record Flight<K>(DataVersion.Stamp stamp, K key) {

	}

	private record Entry<V>(DataVersion.Stamp stamp, V value) {

	}

}
