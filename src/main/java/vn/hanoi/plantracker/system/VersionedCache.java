package vn.hanoi.plantracker.system;

import java.lang.reflect.UndeclaredThrowableException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;

/**
 * Results of read-only queries, each kept under the {@link DataVersion.Stamp} it was read
 * at: a reader with the same stamp gets it, a reader with a newer one reads again and
 * replaces it, a reader that still sees an older one (it took its stamp just before a
 * change another reader has already read) gets the newer result: at least as recent as
 * its stamp, and one read per change however many requests were under way. A result read
 * in a transaction that may write (it may see its own changes, and be rolled back) is
 * served at its own stamp only: a rolled-back transaction's stamp, drawn from a sequence,
 * is never seen again. Each entry has its own stamp (its plan's, its agency's, the
 * city's: {@link DataVersion.Scope}), so that a change drops what it changes and nothing
 * else. At most {@code maxEntries} results are kept (beyond that, the least recently used
 * one makes room for the new one). Switched off with
 * {@code plantracker.read-cache.enabled=false}: then nothing is kept.
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

	/** Ticks of use, for evicting the least recently used entry. */
	private final AtomicLong clock = new AtomicLong();

	/**
	 * Reads under way, kept or not; each removed when it ends, before its readers wake.
	 */
	private final Map<Flight<K>, CompletableFuture<V>> inFlight = new ConcurrentHashMap<>();

	private final Counter hits;

	private final Counter misses;

	/**
	 * Where a reader's stamp comes from (null: the reader passes it, in this package).
	 */
	private final DataVersion versions;

	/** Reads from the database (what a test of the caches' coverage counts). */
	private final AtomicLong loads = new AtomicLong();

	/** The cache whose loader runs on this thread, if any. */
	private static final ThreadLocal<String> LOADING = new ThreadLocal<>();

	private final String name;

	VersionedCache(int maxEntries, boolean enabled) {
		this(null, maxEntries, enabled, null);
	}

	VersionedCache(String name, int maxEntries, boolean enabled, DataVersion versions) {
		this.versions = versions;
		this.name = (name != null) ? name : "unnamed";
		this.maxEntries = maxEntries;
		this.enabled = enabled;
		this.hits = (name != null) ? CacheReads.counter(name, "hit") : null;
		this.misses = (name != null) ? CacheReads.counter(name, "miss") : null;
	}

	/**
	 * The name of the cache whose loader is reading on this thread (null: none): what is
	 * read there is kept, and must be covered by the versions (a test reads it).
	 */
	public static String loadingHere() {
		return LOADING.get();
	}

	/**
	 * Runs {@code loader} as the loader of the cache named {@code name}: what it reads is
	 * kept, and {@link #loadingHere()} says so.
	 */
	static <T> T loadingAs(String name, Supplier<T> loader) {
		String outer = LOADING.get();
		LOADING.set(name);
		try {
			return loader.get();
		}
		finally {
			LOADING.set(outer);
		}
	}

	/** How many times a reader read from the database, since the start. */
	long loads() {
		return this.loads.get();
	}

	/**
	 * The result for {@code key}, read by {@code loader} when none is kept at the stamp
	 * of {@code scope}'s data. The stamp is never the caller's: it is the page view's
	 * snapshot, taken before its controller ran, or else read here, before the loader
	 * reads the data ({@link DataVersion}), so that a result is never older than its key.
	 */
	public V get(DataVersion.Scope scope, K key, Supplier<V> loader) {
		return get(this.versions.of(scope), key, loader);
	}

	/** Under the city's version alone (every change is a new one). */
	V get(long version, K key, Supplier<V> loader) {
		return get(DataVersion.Stamp.of(version), key, loader);
	}

	V get(DataVersion.Stamp stamp, K key, Supplier<V> loader) {
		boolean[] loaded = { false };
		V value = read(stamp, key, () -> {
			loaded[0] = true;
			this.loads.incrementAndGet();
			return loadingAs(this.name, loader);
		});
		if (this.hits == null) {
			return value;
		}
		(loaded[0] ? this.misses : this.hits).increment();
		return value;
	}

	private V read(DataVersion.Stamp stamp, K key, Supplier<V> loader) {
		boolean keep = this.enabled;
		if (keep) {
			Entry<V> kept = this.entries.get(key);
			if (kept != null) {
				// a newer result to a reader of an older stamp only when it was read
				// outside any transaction that may write (it is committed data)
				if (kept.stamp.equals(stamp) || (kept.committed && kept.stamp.isAtLeast(stamp))) {
					kept.used = this.clock.incrementAndGet();
					return kept.value;
				}
				// kept at a newer stamp, or one that cannot be compared: what this reader
				// reads is not kept
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
			keep(key, new Entry<>(stamp, value, this.clock.incrementAndGet(), !CacheReads.writing()));
		}
		this.inFlight.remove(flight, mine);
		mine.complete(value);
		return value;
	}

	private void keep(K key, Entry<V> entry) {
		if (!this.entries.containsKey(key) && this.entries.size() >= this.maxEntries) {
			// full: the least recently used result makes room (a scan of at most
			// maxEntries, on a miss only; an out-of-date entry is seldom used again)
			K oldest = null;
			long oldestUse = Long.MAX_VALUE;
			for (Map.Entry<K, Entry<V>> kept : this.entries.entrySet()) {
				if (kept.getValue().used < oldestUse) {
					oldestUse = kept.getValue().used;
					oldest = kept.getKey();
				}
			}
			if (oldest != null) {
				this.entries.remove(oldest);
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

	/**
	 * A kept result, with the tick of its last use (the least recently used makes room).
	 */
	private static final class Entry<V> {

		private final DataVersion.Stamp stamp;

		private final V value;

		/**
		 * Read outside any transaction that may write: committed data, which a reader of
		 * an older stamp may be given.
		 */
		private final boolean committed;

		private volatile long used;

		Entry(DataVersion.Stamp stamp, V value, long used, boolean committed) {
			this.stamp = stamp;
			this.value = value;
			this.used = used;
			this.committed = committed;
		}

	}

}
