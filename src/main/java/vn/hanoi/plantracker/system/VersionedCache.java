package vn.hanoi.plantracker.system;

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
 * version is answered from the database, and nothing it reads is kept. Concurrent readers
 * of one missing entry wait for the one that reads it (a burst of requests after a change
 * costs one query, not one each). At most {@code maxEntries} results are kept per version
 * (beyond that, they are not cached). Switched off with
 * {@code plantracker.read-cache.enabled=false}.
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
		if (!this.enabled) {
			return loader.get();
		}
		Generation<K, V> current = this.generation;
		if (version > current.version) {
			synchronized (this) {
				if (version > this.generation.version) {
					this.generation = new Generation<>(version);
				}
				current = this.generation;
			}
		}
		if (version != current.version) {
			return loader.get();
		}
		CompletableFuture<V> entry = current.values.get(key);
		if (entry == null) {
			if (current.values.size() >= this.maxEntries) {
				return loader.get();
			}
			CompletableFuture<V> mine = new CompletableFuture<>();
			entry = current.values.putIfAbsent(key, mine);
			if (entry == null) {
				try {
					V value = loader.get();
					mine.complete(value);
					return value;
				}
				catch (RuntimeException | Error ex) {
					current.values.remove(key, mine);
					mine.completeExceptionally(ex);
					throw ex;
				}
			}
		}
		try {
			return entry.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return loader.get();
		}
		catch (ExecutionException ex) {
			// the reader that read it failed (and said so); this one tries for itself
			return loader.get();
		}
	}

	private record Generation<K, V>(long version, Map<K, CompletableFuture<V>> values) {

		Generation(long version) {
			this(version, new ConcurrentHashMap<>());
		}

	}

}
