package org.empathylint.audit;

import java.nio.charset.StandardCharsets;

/**
 * Where each customer message of an archive is, by a 64-bit hash of its Message-ID: two longs per
 * message in an open-addressing table, so that a reply can find the message it answers without the
 * archive's messages being held in memory. A hash can collide: the caller checks the Message-ID of
 * the message it reads back.
 */
final class MessageIndex {
  private long[] keys = new long[1024];
  private long[] locations = new long[1024];
  private int size;

  void put(String messageId, long location) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    long key = hash(messageId);
    int slot = slot(key);
    if (keys[slot] == 0) {
      size++;
    }
    keys[slot] = key;
    locations[slot] = location;
  }

  /** The location stored for the Message-ID, or -1. */
  long get(String messageId) {
    long key = hash(messageId);
    int slot = slot(key);
    return keys[slot] == key ? locations[slot] : -1;
  }

  private int slot(long key) {
    int mask = keys.length - 1;
    int slot = (int) (key ^ (key >>> 32)) & mask;
    while (keys[slot] != 0 && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldLocations = locations;
    keys = new long[oldKeys.length * 2];
    locations = new long[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        int slot = slot(oldKeys[i]);
        keys[slot] = oldKeys[i];
        locations[slot] = oldLocations[i];
      }
    }
  }

  /** FNV-1a over the UTF-8 bytes; never 0 (0 marks an empty slot). */
  private static long hash(String messageId) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : messageId.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    return hash == 0 ? 1 : hash;
  }
}
