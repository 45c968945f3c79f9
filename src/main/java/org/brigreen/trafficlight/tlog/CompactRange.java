package org.brigreen.trafficlight.tlog;

import java.util.ArrayList;
import java.util.List;

/**
 * The Merkle Tree Hash of a growing list of leaves, in O(log n) memory: the roots of the perfect subtrees that the
 * leaves so far fill, one per set bit of the size, largest first (the "compact range" of RFC 9162 style logs).
 * Appending a leaf merges the subtrees it completes; the root folds the remaining subtrees from the right, which is
 * exactly how RFC 9162 §2.1.1 splits a tree at the largest power of two. Not thread-safe.
 */
public final class CompactRange {

    private final List<byte[]> subtrees = new ArrayList<>();
    private long size;

    /** Appends the next leaf hash. */
    public void append(byte[] leafHash) {
        byte[] node = leafHash;
        for (long completed = size; (completed & 1) == 1; completed >>>= 1) {
            node = MerkleTree.nodeHash(subtrees.remove(subtrees.size() - 1), node);
        }
        subtrees.add(node);
        size++;
    }

    /** A range of the same leaves, extended apart from this one. */
    public CompactRange copy() {
        CompactRange copy = new CompactRange();
        copy.subtrees.addAll(subtrees);
        copy.size = size;
        return copy;
    }

    /** The number of leaves appended. */
    public long size() {
        return size;
    }

    /** The Merkle Tree Hash of the leaves appended so far. */
    public byte[] root() {
        if (subtrees.isEmpty()) {
            return MerkleTree.emptyRoot();
        }
        byte[] root = subtrees.get(subtrees.size() - 1);
        for (int i = subtrees.size() - 2; i >= 0; i--) {
            root = MerkleTree.nodeHash(subtrees.get(i), root);
        }
        return root;
    }
}
