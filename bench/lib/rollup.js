'use strict';
/**
 * Builds the reports' rollup for the pre-filled table with the API's own code (compiled
 * libs/database report-rollup.js), as the worker does after midnight: every day up to
 * yesterday. The first time it rolls up everything; later runs only the last few days.
 */
async function buildRollup(client, modulePath, log) {
  const { refreshReportRollup } = require(modulePath);
  const { rows } = await client.query(
    `SELECT to_char(now() AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') AS today`,
  );
  // the shape of a TypeORM EntityManager that refreshReportRollup uses, on one pg client
  const manager = {
    query: async (sql, params) => (await client.query(sql, params)).rows,
    transaction: async (work) => {
      await client.query('BEGIN');
      try {
        const result = await work(manager);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    },
  };
  const refresh = await refreshReportRollup(manager, { today: rows[0].today });
  const seconds = refresh.milliseconds / 1000;
  log(
    `rollup: days ${refresh.from ?? '(none)'}..${refresh.through} rolled up in ${seconds.toFixed(1)} s`,
  );
  await client.query('ANALYZE report_daily');
  await client.query('ANALYZE report_daily_processing');
  return { ...refresh, seconds };
}

module.exports = { buildRollup };
