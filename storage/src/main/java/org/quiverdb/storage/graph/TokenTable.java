package org.quiverdb.storage.graph;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quiverdb.storage.api.TokenKind;

/**
 * Names of labels, relationship types and property keys, each kind numbered densely from 0.
 * Tokens are never removed. Thread-safe (synchronized); reads are cheap enough for every lookup.
 */
public final class TokenTable {
    private final Map<TokenKind, List<String>> names = new EnumMap<>(TokenKind.class);
    private final Map<TokenKind, Map<String, Integer>> ids = new EnumMap<>(TokenKind.class);

    public TokenTable() {
        for (TokenKind kind : TokenKind.values()) {
            names.put(kind, new ArrayList<>());
            ids.put(kind, new HashMap<>());
        }
    }

    /** The token's id, or -1 when the name is unknown. */
    public synchronized int id(TokenKind kind, String name) {
        Integer id = ids.get(kind).get(name);
        return id == null ? -1 : id;
    }

    /** The token's name, or null when no token has that id. */
    public synchronized String name(TokenKind kind, int id) {
        List<String> list = names.get(kind);
        return id >= 0 && id < list.size() ? list.get(id) : null;
    }

    /** The id the next new token of {@code kind} gets. */
    public synchronized int nextId(TokenKind kind) {
        return names.get(kind).size();
    }

    /** Registers a token; ids must arrive densely (replay applies them in log order). */
    public synchronized void put(TokenKind kind, int id, String name) {
        List<String> list = names.get(kind);
        if (id < list.size() && list.get(id).equals(name)) {
            return; // replay of a token a checkpoint already holds
        }
        if (id != list.size()) {
            throw new IllegalStateException(
                    kind + " token id " + id + " for '" + name + "' (expected: " + list.size() + ")");
        }
        list.add(name);
        ids.get(kind).put(name, id);
    }

    public synchronized List<String> all(TokenKind kind) {
        return List.copyOf(names.get(kind));
    }
}
