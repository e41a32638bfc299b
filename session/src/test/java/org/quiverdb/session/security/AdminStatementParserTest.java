package org.quiverdb.session.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.quiverdb.kernel.api.QuiverException;
import org.quiverdb.kernel.api.Status;
import org.quiverdb.session.security.AdminStatement.Text;

class AdminStatementParserTest {
    private static AdminStatement parse(String query) {
        return AdminStatementParser.parse(query).orElseThrow();
    }

    @Test
    void ordinaryCypherIsLeftToTheEngine() {
        assertThat(AdminStatementParser.parse("MATCH (n) RETURN n")).isEmpty();
        assertThat(AdminStatementParser.parse("CREATE (u:User {name: 'x'})")).isEmpty();
        assertThat(AdminStatementParser.parse("SHOW TRANSACTIONS")).isEmpty();
        assertThat(AdminStatementParser.parse("CALL db.labels()")).isEmpty();
        assertThat(AdminStatementParser.parse("RETURN 'CREATE USER x'")).isEmpty();
    }

    @Test
    void showUsersAndCurrentUser() {
        assertThat(parse("SHOW USERS")).isEqualTo(new AdminStatement.ShowUsers(false));
        assertThat(parse("  show users;")).isEqualTo(new AdminStatement.ShowUsers(false));
        assertThat(parse("SHOW CURRENT USER")).isEqualTo(new AdminStatement.ShowUsers(true));
    }

    @Test
    void createUserDefaultsAreLeftToTheExecutor() {
        assertThat(parse("CREATE USER alice SET PASSWORD 'abcdefgh'"))
                .isEqualTo(new AdminStatement.CreateUser(
                        Text.literal("alice"), AdminStatement.Existing.FAIL, Text.literal("abcdefgh"), null, null));
    }

    @Test
    void createUserWithEveryClause() {
        assertThat(parse("CREATE USER `bob smith` IF NOT EXISTS SET PLAINTEXT PASSWORD $pw CHANGE NOT REQUIRED"
                        + " SET STATUS SUSPENDED"))
                .isEqualTo(new AdminStatement.CreateUser(
                        Text.literal("bob smith"), AdminStatement.Existing.SKIP, Text.parameter("pw"), false, true));
        assertThat(parse("create or replace user carol set password \"p'w\\\"123\" change required"))
                .isEqualTo(new AdminStatement.CreateUser(
                        Text.literal("carol"), AdminStatement.Existing.REPLACE, Text.literal("p'w\"123"), true, null));
    }

    @Test
    void alterUserSetsOnlyWhatItNames() {
        assertThat(parse("ALTER USER alice SET PASSWORD CHANGE NOT REQUIRED"))
                .isEqualTo(new AdminStatement.AlterUser(Text.literal("alice"), false, null, false, null));
        assertThat(parse("ALTER USER alice IF EXISTS SET STATUS ACTIVE SET PASSWORD 'x12345678'"))
                .isEqualTo(new AdminStatement.AlterUser(
                        Text.literal("alice"), true, Text.literal("x12345678"), null, false));
    }

    @Test
    void dropUserAndChangingOnesOwnPassword() {
        assertThat(parse("DROP USER alice IF EXISTS"))
                .isEqualTo(new AdminStatement.DropUser(Text.literal("alice"), true));
        assertThat(parse("ALTER CURRENT USER SET PASSWORD FROM 'neo4j' TO $new"))
                .isEqualTo(new AdminStatement.ChangeOwnPassword(Text.literal("neo4j"), Text.parameter("new")));
        assertThat(parse("CALL dbms.security.changePassword('secret123')"))
                .isEqualTo(new AdminStatement.ChangeOwnPassword(null, Text.literal("secret123")));
    }

    @Test
    void aMalformedUserCommandIsASyntaxErrorSayingWhatWasExpected() {
        assertThatThrownBy(() -> parse("CREATE USER alice"))
                .isInstanceOf(QuiverException.class)
                .hasMessageContaining("expected: SET")
                .extracting(e -> ((QuiverException) e).status())
                .isEqualTo(Status.STATEMENT_SYNTAX_ERROR);
        assertThatThrownBy(() -> parse("DROP USER alice bob")).hasMessageContaining("'bob' at offset 16");
        assertThatThrownBy(() -> parse("ALTER CURRENT USER SET PASSWORD FROM 'a' TO"))
                .hasMessageContaining("end of input");
        assertThatThrownBy(() -> parse("CREATE USER a SET PASSWORD 'unclosed")).hasMessageContaining("unclosed");
    }
}
