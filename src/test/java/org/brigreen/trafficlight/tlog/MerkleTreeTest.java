package org.brigreen.trafficlight.tlog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Merkle tree against RFC 9162: roots of hand-built trees, the worked example of §2.1.5, the recursive
 * definitions of §2.1.3.1 and §2.1.4.1 for every leaf and every pair of sizes up to 13, and tampered proofs.
 */
class MerkleTreeTest {

    private static final int LARGEST = 13;
    /** Leaf hashes of the records "d0" to "d12". */
    private static final List<byte[]> D = leaves(LARGEST);
    private static final byte[] A = D.get(0);
    private static final byte[] B = D.get(1);
    private static final byte[] C = D.get(2);
    private static final byte[] DD = D.get(3);
    private static final byte[] E = D.get(4);
    private static final byte[] F = D.get(5);
    private static final byte[] G = D.get(6);
    private static final byte[] H = D.get(7);

    @Test
    void leafHashesAreTheEntryHashesOfTheLog() {
        assertArrayEquals(LogHashes.entryHash("d0"), A);
        assertArrayEquals(HexFormat.of().parseHex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
                MerkleTree.emptyRoot(), "MTH({}) is SHA-256 of nothing");
    }

    @Test
    void rootsOfHandBuiltTrees() {
        Map<Integer, byte[]> expected = Map.of(
                1, A,
                2, h(A, B),
                3, h(h(A, B), C),
                4, h(h(A, B), h(C, DD)),
                5, h(h(h(A, B), h(C, DD)), E),
                6, h(h(h(A, B), h(C, DD)), h(E, F)),
                7, h(h(h(A, B), h(C, DD)), h(h(E, F), G)),
                8, h(h(h(A, B), h(C, DD)), h(h(E, F), h(G, H))),
                13, h(h(h(h(A, B), h(C, DD)), h(h(E, F), h(G, H))),
                        h(h(h(D.get(8), D.get(9)), h(D.get(10), D.get(11))), D.get(12))));
        expected.forEach((size, root) -> {
            assertArrayEquals(root, InMemoryTree.root(D.subList(0, size)), "root of " + size);
            assertArrayEquals(root, reference(D.subList(0, size)), "reference root of " + size);
        });
        assertArrayEquals(MerkleTree.emptyRoot(), InMemoryTree.root(List.of()));
    }

    @Test
    void theCompactRangeGivesTheRootOfEverySize() {
        CompactRange tree = new CompactRange();
        List<byte[]> leaves = leaves(100);
        assertArrayEquals(MerkleTree.emptyRoot(), tree.root());
        for (int size = 1; size <= leaves.size(); size++) {
            tree.append(leaves.get(size - 1));
            assertEquals(size, tree.size());
            assertArrayEquals(reference(leaves.subList(0, size)), tree.root(), "root of " + size);
        }
    }

    @Test
    void theWorkedExampleOfRfc9162() {
        // RFC 9162 §2.1.5: seven leaves a b c d e f j(=d6); g h i the pairs, k l their parents.
        byte[] g = h(A, B);
        byte[] hh = h(C, DD);
        byte[] i = h(E, F);
        byte[] j = G;
        byte[] k = h(g, hh);
        byte[] l = h(i, j);
        List<byte[]> seven = D.subList(0, 7);
        assertProof(List.of(B, hh, l), InMemoryTree.inclusionProof(0, seven), "PATH(0) = [b, h, l]");
        assertProof(List.of(C, g, l), InMemoryTree.inclusionProof(3, seven), "PATH(3) = [c, g, l]");
        assertProof(List.of(F, j, k), InMemoryTree.inclusionProof(4, seven), "PATH(4) = [f, j, k]");
        assertProof(List.of(i, k), InMemoryTree.inclusionProof(6, seven), "PATH(6) = [i, k]");
        assertProof(List.of(C, DD, g, l), InMemoryTree.consistencyProof(3, seven), "PROOF(3) = [c, d, g, l]");
        assertProof(List.of(l), InMemoryTree.consistencyProof(4, seven), "PROOF(4) = [l]");
        assertProof(List.of(i, j, k), InMemoryTree.consistencyProof(6, seven), "PROOF(6) = [i, j, k]");
        assertEquals(List.of(new MerkleTree.Range(1, 2), new MerkleTree.Range(2, 4), new MerkleTree.Range(4, 7)),
                MerkleTree.inclusionRanges(0, 7));
    }

    @Test
    void everyLeafOfEveryTreeUpTo13HasTheRfcInclusionProofAndItVerifies() {
        for (int size = 1; size <= LARGEST; size++) {
            List<byte[]> tree = D.subList(0, size);
            byte[] root = reference(tree);
            for (int leaf = 0; leaf < size; leaf++) {
                List<byte[]> proof = InMemoryTree.inclusionProof(leaf, tree);
                String what = "leaf " + leaf + " of " + size;
                assertProof(referencePath(leaf, tree), proof, what);
                assertTrue(MerkleTree.verifyInclusion(leaf, size, D.get(leaf), proof, root), what);
            }
        }
    }

    @Test
    void everyPairOfSizesUpTo13HasTheRfcConsistencyProofAndItVerifies() {
        for (int second = 1; second <= LARGEST; second++) {
            List<byte[]> tree = D.subList(0, second);
            for (int first = 1; first <= second; first++) {
                List<byte[]> proof = InMemoryTree.consistencyProof(first, tree);
                String what = first + " to " + second;
                assertProof(referenceProof(first, tree), proof, what);
                assertTrue(MerkleTree.verifyConsistency(first, second, reference(D.subList(0, first)),
                        reference(tree), proof), what);
            }
        }
    }

    @Test
    void theEmptyTreeAndATreeItselfNeedNoConsistencyProof() {
        byte[] root = reference(D.subList(0, 5));
        assertEquals(List.of(), InMemoryTree.consistencyProof(0, D.subList(0, 5)));
        assertTrue(MerkleTree.verifyConsistency(0, 5, MerkleTree.emptyRoot(), root, List.of()));
        assertFalse(MerkleTree.verifyConsistency(0, 5, A, root, List.of()), "only the empty tree has size 0");
        assertTrue(MerkleTree.verifyConsistency(5, 5, root, root, List.of()));
        assertFalse(MerkleTree.verifyConsistency(5, 5, root, reference(D.subList(0, 4)), List.of()));
        assertFalse(MerkleTree.verifyConsistency(5, 5, root, root, List.of(A)), "nothing to prove, no hashes");
    }

    @Test
    void tamperedInclusionProofsAreRejected() {
        for (int size = 1; size <= LARGEST; size++) {
            List<byte[]> tree = D.subList(0, size);
            byte[] root = reference(tree);
            for (int leaf = 0; leaf < size; leaf++) {
                List<byte[]> proof = InMemoryTree.inclusionProof(leaf, tree);
                String what = "leaf " + leaf + " of " + size;
                for (int element = 0; element < proof.size(); element++) {
                    assertFalse(MerkleTree.verifyInclusion(leaf, size, D.get(leaf), flipped(proof, element), root),
                            what + ", element " + element + " changed");
                }
                if (!proof.isEmpty()) {
                    assertFalse(MerkleTree.verifyInclusion(leaf, size, D.get(leaf),
                            proof.subList(0, proof.size() - 1), root), what + ", last element dropped");
                }
                assertFalse(MerkleTree.verifyInclusion(leaf, size, D.get(leaf), appended(proof), root),
                        what + ", element added");
                assertFalse(MerkleTree.verifyInclusion(leaf, size, flip(D.get(leaf)), proof, root),
                        what + ", leaf changed");
                if (size > 1) {
                    assertFalse(MerkleTree.verifyInclusion((leaf + 1) % size, size, D.get(leaf), proof, root),
                            what + ", other index");
                }
                assertFalse(MerkleTree.verifyInclusion(leaf, size, D.get(leaf), proof, flip(root)),
                        what + ", other root");
            }
        }
        assertFalse(MerkleTree.verifyInclusion(3, 3, C, List.of(), A), "index beyond the tree");
        assertFalse(MerkleTree.verifyInclusion(0, 2, A, List.of(new byte[31]), h(A, B)), "short hash");
    }

    @Test
    void tamperedConsistencyProofsAreRejected() {
        for (int second = 2; second <= LARGEST; second++) {
            byte[] secondRoot = reference(D.subList(0, second));
            for (int first = 1; first < second; first++) {
                byte[] firstRoot = reference(D.subList(0, first));
                List<byte[]> proof = InMemoryTree.consistencyProof(first, D.subList(0, second));
                String what = first + " to " + second;
                for (int element = 0; element < proof.size(); element++) {
                    assertFalse(MerkleTree.verifyConsistency(first, second, firstRoot, secondRoot,
                            flipped(proof, element)), what + ", element " + element + " changed");
                }
                assertFalse(MerkleTree.verifyConsistency(first, second, firstRoot, secondRoot,
                        proof.subList(0, proof.size() - 1)), what + ", last element dropped");
                assertFalse(MerkleTree.verifyConsistency(first, second, firstRoot, secondRoot, appended(proof)),
                        what + ", element added");
                assertFalse(MerkleTree.verifyConsistency(first, second, flip(firstRoot), secondRoot, proof),
                        what + ", first root changed");
                assertFalse(MerkleTree.verifyConsistency(first, second, firstRoot, flip(secondRoot), proof),
                        what + ", second root changed");
                assertFalse(MerkleTree.verifyConsistency(second, first, secondRoot, firstRoot, proof),
                        what + ", sizes swapped");
            }
        }
    }

    @Test
    void theLargestPowerOfTwoBelowSplitsTheTree() {
        assertEquals(1, MerkleTree.largestPowerOfTwoBelow(2));
        assertEquals(2, MerkleTree.largestPowerOfTwoBelow(3));
        assertEquals(2, MerkleTree.largestPowerOfTwoBelow(4));
        assertEquals(4, MerkleTree.largestPowerOfTwoBelow(5));
        assertEquals(8, MerkleTree.largestPowerOfTwoBelow(13));
        assertEquals(1L << 62, MerkleTree.largestPowerOfTwoBelow(Long.MAX_VALUE));
    }

    // --- RFC 9162 definitions, recursively, as the reference ------------------------------------------------

    /** MTH(D[n]), §2.1.1. */
    private static byte[] reference(List<byte[]> d) {
        if (d.isEmpty()) {
            return LogHashes.sha256().digest();
        }
        if (d.size() == 1) {
            return d.get(0);
        }
        int k = Integer.highestOneBit(d.size() - 1);
        return h(reference(d.subList(0, k)), reference(d.subList(k, d.size())));
    }

    /** PATH(m, D[n]), §2.1.3.1. */
    private static List<byte[]> referencePath(int m, List<byte[]> d) {
        List<byte[]> path = new ArrayList<>();
        if (d.size() > 1) {
            int k = Integer.highestOneBit(d.size() - 1);
            if (m < k) {
                path.addAll(referencePath(m, d.subList(0, k)));
                path.add(reference(d.subList(k, d.size())));
            } else {
                path.addAll(referencePath(m - k, d.subList(k, d.size())));
                path.add(reference(d.subList(0, k)));
            }
        }
        return path;
    }

    /** PROOF(m, D[n]) = SUBPROOF(m, D[n], true), §2.1.4.1. */
    private static List<byte[]> referenceProof(int m, List<byte[]> d) {
        return subproof(m, d, true);
    }

    private static List<byte[]> subproof(int m, List<byte[]> d, boolean b) {
        List<byte[]> proof = new ArrayList<>();
        if (m == d.size()) {
            if (!b) {
                proof.add(reference(d));
            }
            return proof;
        }
        int k = Integer.highestOneBit(d.size() - 1);
        if (m <= k) {
            proof.addAll(subproof(m, d.subList(0, k), b));
            proof.add(reference(d.subList(k, d.size())));
        } else {
            proof.addAll(subproof(m - k, d.subList(k, d.size()), false));
            proof.add(reference(d.subList(0, k)));
        }
        return proof;
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private static List<byte[]> leaves(int count) {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            leaves.add(MerkleTree.leafHash(("d" + i).getBytes(StandardCharsets.UTF_8)));
        }
        return leaves;
    }

    private static byte[] h(byte[] left, byte[] right) {
        byte[] joined = new byte[1 + left.length + right.length];
        joined[0] = 0x01;
        System.arraycopy(left, 0, joined, 1, left.length);
        System.arraycopy(right, 0, joined, 1 + left.length, right.length);
        return LogHashes.sha256().digest(joined);
    }

    private static byte[] flip(byte[] hash) {
        byte[] flipped = hash.clone();
        flipped[7] ^= 0x01;
        return flipped;
    }

    private static List<byte[]> flipped(List<byte[]> proof, int element) {
        List<byte[]> tampered = new ArrayList<>(proof);
        tampered.set(element, flip(proof.get(element)));
        return tampered;
    }

    private static List<byte[]> appended(List<byte[]> proof) {
        List<byte[]> longer = new ArrayList<>(proof);
        longer.add(A);
        return longer;
    }

    private static void assertProof(List<byte[]> expected, List<byte[]> actual, String what) {
        assertEquals(expected.size(), actual.size(), what + ": length");
        for (int i = 0; i < expected.size(); i++) {
            assertTrue(Arrays.equals(expected.get(i), actual.get(i)), what + ": element " + i);
        }
    }
}
