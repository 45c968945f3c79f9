package org.brigreen.trafficlight.tlog;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The Merkle tree of RFC 9162 §2.1 over the decision log: its leaves are the records' entry hashes in sequence order
 * (leaf index = seq - 1), each already the RFC 9162 leaf hash {@code SHA-256(0x00 || record)}; an inner node is
 * {@code SHA-256(0x01 || left || right)}, and a tree of n leaves splits at k, the largest power of two smaller than n.
 * <p>
 * Pure computation, no I/O: the service, the tests and the offline verifier use the same code. A proof is described
 * by the leaf ranges whose Merkle Tree Hashes it consists of ({@link #inclusionRanges}, {@link #consistencyRanges}),
 * so that a caller can stream the leaves once, in order, and hash only what the proof needs ({@link RangeHasher})
 * instead of holding the log in memory.
 */
public final class MerkleTree {

    /** The length of every hash: SHA-256. */
    public static final int HASH_LENGTH = 32;
    private static final byte NODE_PREFIX = 0x01;

    private MerkleTree() {
    }

    /** A run of consecutive leaves, {@code [start, end)} by leaf index, whose Merkle Tree Hash a proof contains. */
    public record Range(long start, long end) {

        public Range {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("not a range of leaves: [" + start + ", " + end + ")");
            }
        }

        boolean contains(long index) {
            return index >= start && index < end;
        }
    }

    /** MTH({}): the hash of the empty tree, SHA-256 of no bytes. */
    public static byte[] emptyRoot() {
        return LogHashes.sha256().digest();
    }

    /** The RFC 9162 leaf hash of a leaf's bytes, {@code SHA-256(0x00 || data)}. */
    public static byte[] leafHash(byte[] data) {
        MessageDigest sha256 = LogHashes.sha256();
        sha256.update((byte) 0x00);
        sha256.update(data);
        return sha256.digest();
    }

    /** The hash of an inner node, {@code SHA-256(0x01 || left || right)}. */
    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest sha256 = LogHashes.sha256();
        sha256.update(NODE_PREFIX);
        sha256.update(left);
        sha256.update(right);
        return sha256.digest();
    }

    /**
     * The ranges whose hashes make up PATH(m, D[n]) (RFC 9162 §2.1.3.1), in proof order: from the leaf's sibling up
     * to the root's other child.
     */
    public static List<Range> inclusionRanges(long leafIndex, long treeSize) {
        if (leafIndex < 0 || leafIndex >= treeSize) {
            throw new IllegalArgumentException("leaf " + leafIndex + " is not in a tree of size " + treeSize);
        }
        List<Range> topDown = new ArrayList<>();
        long start = 0;
        long end = treeSize;
        while (end - start > 1) {
            long k = largestPowerOfTwoBelow(end - start);
            if (leafIndex < start + k) {
                topDown.add(new Range(start + k, end));
                end = start + k;
            } else {
                topDown.add(new Range(start, start + k));
                start += k;
            }
        }
        Collections.reverse(topDown);
        return topDown;
    }

    /**
     * The ranges whose hashes make up PROOF(m, D[n]) = SUBPROOF(m, D[n], true) (RFC 9162 §2.1.4.1), in proof order.
     * Empty when m = n (a tree is consistent with itself) and when m = 0 (the empty tree is a prefix of every tree):
     * the RFC defines proofs for 0 < m < n only, and these two cases have nothing to prove.
     */
    public static List<Range> consistencyRanges(long first, long second) {
        if (first < 0 || first > second) {
            throw new IllegalArgumentException("no consistency proof from size " + first + " to size " + second);
        }
        List<Range> topDown = new ArrayList<>();
        if (first == 0) {
            return topDown;
        }
        long start = 0;
        long end = second;
        long m = first;
        boolean wholeFirstTree = true;
        while (m != end - start) {
            long k = largestPowerOfTwoBelow(end - start);
            if (m <= k) {
                topDown.add(new Range(start + k, end));
                end = start + k;
            } else {
                topDown.add(new Range(start, start + k));
                start += k;
                m -= k;
                wholeFirstTree = false;
            }
        }
        if (!wholeFirstTree) {
            topDown.add(new Range(start, end));
        }
        Collections.reverse(topDown);
        return topDown;
    }

    /**
     * Verifies an inclusion proof as RFC 9162 §2.1.3.2 does.
     *
     * @return whether {@code leafHash} is the leaf at {@code leafIndex} of the tree of {@code treeSize} leaves whose
     *     Merkle Tree Hash is {@code rootHash}
     */
    public static boolean verifyInclusion(long leafIndex, long treeSize, byte[] leafHash, List<byte[]> inclusionPath,
            byte[] rootHash) {
        if (leafIndex < 0 || leafIndex >= treeSize || !wellFormed(inclusionPath)) {
            return false;
        }
        long fn = leafIndex;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : inclusionPath) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(r, rootHash);
    }

    /**
     * Verifies a consistency proof as RFC 9162 §2.1.4.2 does. The RFC's algorithm is for 0 &lt; first &lt; second;
     * with first = second the proof must be empty and the roots equal, and with first = 0 the proof must be empty
     * and the first root that of the empty tree.
     *
     * @return whether the tree of {@code first} leaves with root {@code firstRoot} is a prefix of the tree of
     *     {@code second} leaves with root {@code secondRoot}
     */
    public static boolean verifyConsistency(long first, long second, byte[] firstRoot, byte[] secondRoot,
            List<byte[]> consistencyPath) {
        if (first < 0 || first > second || !wellFormed(consistencyPath)) {
            return false;
        }
        if (first == second || first == 0) {
            byte[] expectedFirst = first == 0 ? emptyRoot() : secondRoot;
            return consistencyPath.isEmpty() && MessageDigest.isEqual(firstRoot, expectedFirst);
        }
        if (consistencyPath.isEmpty()) {
            return false;
        }
        List<byte[]> path = new ArrayList<>(consistencyPath);
        if ((first & (first - 1)) == 0) {
            path.add(0, firstRoot);
        }
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = nodeHash(c, fr);
                sr = nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(fr, firstRoot) && MessageDigest.isEqual(sr, secondRoot);
    }

    /** The largest power of two smaller than n, for n &gt; 1: where RFC 9162 splits a tree of n leaves. */
    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }

    private static boolean wellFormed(List<byte[]> hashes) {
        return hashes.stream().allMatch(hash -> hash != null && hash.length == HASH_LENGTH);
    }

    /**
     * Computes the Merkle Tree Hashes of several ranges while the leaves stream past once, in order, keeping only a
     * compact range per proof range: O(log n) memory for a proof over any number of leaves.
     */
    public static final class RangeHasher {

        private final List<Range> ranges;
        private final List<CompactRange> trees = new ArrayList<>();

        public RangeHasher(List<Range> ranges) {
            this.ranges = List.copyOf(ranges);
            ranges.forEach(range -> trees.add(new CompactRange()));
        }

        /** Takes the leaf at {@code index}; leaves must come in index order. */
        public void accept(long index, byte[] leafHash) {
            for (int i = 0; i < ranges.size(); i++) {
                if (ranges.get(i).contains(index)) {
                    trees.get(i).append(leafHash);
                }
            }
        }

        /** The hash of each range, in the order the ranges were given. */
        public List<byte[]> hashes() {
            List<byte[]> hashes = new ArrayList<>();
            for (int i = 0; i < ranges.size(); i++) {
                Range range = ranges.get(i);
                if (trees.get(i).size() != range.end() - range.start()) {
                    throw new IllegalStateException("the leaves of " + range + " did not all arrive");
                }
                hashes.add(trees.get(i).root());
            }
            return hashes;
        }
    }
}
