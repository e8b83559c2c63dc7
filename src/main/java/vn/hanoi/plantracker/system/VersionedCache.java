package vn.hanoi.plantracker.system;

import java.lang.reflect.UndeclaredThrowableException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;

/**
 * Results of read-only queries, kept while the {@link DataVersion} they were read at is
 * the newest one seen; a newer version drops them all. A reader that still sees an older
 * version is answered from the database, and nothing it reads is kept. At most
 * {@code maxEntries} results are kept per version (beyond that, they are not cached).
 * Switched off with {@code plantracker.read-cache.enabled=false}: then nothing is kept.
 * <p>
 * Single flight, whether the result is kept or not (caches off, an older version, a full
 * cache): concurrent readers of one (version, key) wait for the one that reads it, so a
 * burst of requests after a change, or for a heavy report, costs one query and one
 * result's memory, not one each. A failed read fails every reader that waited for it
 * (they would most likely fail the same way, each holding its own share of the heap and a
 * connection) and is not kept: the next reader tries again.
 * <p>
 * A named cache counts its reads in {@code plantracker.read-cache.requests}, tagged with
 * its name and {@code result} {@code hit} (answered from memory, or by waiting for the
 * reader that reads it) or {@code miss} (read from the database), in Micrometer's global
 * registry, which Spring Boot connects to the application's (the Prometheus endpoint).
 */
public final class VersionedCache<K, V> {

	private final int maxEntries;

	private final boolean enabled;

	private volatile Generation<K, V> generation = new Generation<>(Long.MIN_VALUE);

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

	public V get(long version, K key, Supplier<V> loader) {
		if (this.hits == null) {
			return read(version, key, loader);
		}
		boolean[] loaded = { false };
		V value = read(version, key, () -> {
			loaded[0] = true;
			return loader.get();
		});
		(loaded[0] ? this.misses : this.hits).increment();
		return value;
	}

	private V read(long version, K key, Supplier<V> loader) {
		Generation<K, V> current = this.enabled ? generationFor(version) : null;
		boolean keep = current != null && version == current.version;
		if (keep) {
			CompletableFuture<V> kept = current.values.get(key);
			if (kept != null) {
				return kept.join();
			}
		}
		Flight<K> flight = new Flight<>(version, key);
		CompletableFuture<V> mine = new CompletableFuture<>();
		CompletableFuture<V> running = this.inFlight.putIfAbsent(flight, mine);
		if (running != null) {
			return await(running, loader);
		}
		V value;
		try {
			// kept by a read that ended between the look-up above and this one's start
			CompletableFuture<V> kept = keep ? current.values.get(key) : null;
			value = (kept != null) ? kept.join() : loader.get();
		}
		catch (Throwable ex) {
			this.inFlight.remove(flight, mine);
			mine.completeExceptionally(ex);
			throw ex;
		}
		if (keep && current.values.size() < this.maxEntries) {
			current.values.putIfAbsent(key, CompletableFuture.completedFuture(value));
		}
		this.inFlight.remove(flight, mine);
		mine.complete(value);
		return value;
	}

	private Generation<K, V> generationFor(long version) {
		Generation<K, V> current = this.generation;
		if (version > current.version) {
			synchronized (this) {
				if (version > this.generation.version) {
					this.generation = new Generation<>(version);
				}
				current = this.generation;
			}
		}
		return current;
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

	private record Flight<K>(long version, K key) {

	}

	private record Generation<K, V>(long version, Map<K, CompletableFuture<V>> values) {

		Generation(long version) {
			this(version, new ConcurrentHashMap<>());
		}

	}

}
