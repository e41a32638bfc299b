// Drives the official JavaScript driver against a Quiver Bolt server with the scripted test engine.
// Usage: node check.js <port>. Exits 0 when every check passes; prints the first failure otherwise.
'use strict';
const neo4j = require('neo4j-driver');

const port = process.argv[2];

function check(condition, what) {
  if (!condition) {
    throw new Error('check failed: ' + what);
  }
}

async function main() {
  const driver = neo4j.driver('bolt://127.0.0.1:' + port, neo4j.auth.basic('neo4j', 'pw'));
  try {
    const info = await driver.getServerInfo();
    check(info.agent.startsWith('Neo4j/'), 'server agent ' + info.agent);
    check(Number(info.protocolVersion) >= 5.8, 'protocol ' + info.protocolVersion);

    const session = driver.session();
    const one = await session.run('RETURN 1');
    check(one.records[0].get('1').toNumber() === 1, 'RETURN 1');

    const rows = await session.run('ROWS 2500');
    check(rows.records.length === 2500, 'rows ' + rows.records.length);

    const echo = await session.run('ECHO', {
      n: neo4j.int(5),
      f: 10,
      s: 'héllo',
      list: [neo4j.int(1), 'two'],
      date: new neo4j.types.Date(2024, 2, 29),
      dt: new neo4j.types.DateTime(2024, 6, 1, 12, 0, 0, 0, undefined, 'Europe/Stockholm'),
    });
    const r = echo.records[0];
    check(r.get('n').toNumber() === 5, 'integer');
    check(r.get('f') === 10, 'float (JS numbers travel as floats)');
    check(r.get('s') === 'héllo', 'string');
    check(r.get('list')[1] === 'two', 'list');
    check(r.get('date').toString() === '2024-02-29', 'date ' + r.get('date'));
    check(r.get('dt').timeZoneId === 'Europe/Stockholm', 'zoned datetime ' + r.get('dt'));

    const graph = await session.run('GRAPH');
    check(graph.records[0].get('n').elementId === '4:db:1', 'node element id');
    check(graph.records[0].get('p').segments.length === 1, 'path');

    await session.executeWrite(tx => tx.run('CREATE'));
    const bookmarks = session.lastBookmarks();
    check(bookmarks.length === 1 && bookmarks[0].startsWith('QB1:'), 'bookmark ' + bookmarks);

    let code = null;
    try {
      await session.run('BOGUS');
    } catch (e) {
      code = e.code;
    }
    check(code === 'Neo.ClientError.Statement.SyntaxError', 'error code ' + code);
    await session.close();

    const routing = neo4j.driver('neo4j://127.0.0.1:' + port, neo4j.auth.basic('neo4j', 'pw'));
    try {
      const rs = routing.session({ defaultAccessMode: neo4j.session.READ });
      const routed = await rs.run('RETURN 2');
      check(routed.records[0].get('2').toNumber() === 2, 'neo4j:// read');
      await rs.close();
    } finally {
      await routing.close();
    }
  } finally {
    await driver.close();
  }
}

main().then(
  () => {
    console.log('javascript driver: all checks passed');
    process.exit(0);
  },
  e => {
    console.log('javascript driver: ' + (e.stack || e));
    process.exit(1);
  });
