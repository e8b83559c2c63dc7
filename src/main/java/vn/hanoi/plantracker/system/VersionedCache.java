package vn.hanoi.plantracker.system;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Results of read-only queries, kept while the {@link DataVersion} they were read at is
 * the newest one seen; a newer version drops them all. A reader that still sees an older
 * version is answered from the database, and nothing it reads is kept. Concurrent readers
 * of one missing entry wait for the one that reads it (a burst of requests after a change
 * costs one query, not one each). At most {@code maxEntries} results are kept per version
 * (beyond that, they are not cached). Switched off with
 * {@code plantracker.read-cache.enabled=false}.
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
