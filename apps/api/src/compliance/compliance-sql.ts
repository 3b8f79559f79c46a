import type { DataSource } from 'typeorm';
import type { CampaignItem } from '../campaigns/campaign.entity';

/** Counting expressions shared by every compliance aggregate (`co` = campaign_officers; `?` = the deadline). */
export const STATUS_COUNTS = `
  COUNT(co.officer_id) AS total,
  SUM(CASE WHEN co.completed_at IS NOT NULL AND co.completed_at <= ? THEN 1 ELSE 0 END) AS complete,
  SUM(CASE WHEN co.completed_at > ? THEN 1 ELSE 0 END) AS complete_late,
  SUM(CASE WHEN co.officer_id IS NOT NULL AND co.completed_at IS NULL THEN 1 ELSE 0 END) AS not_complete`;

/** One SUM per required item: how many records still miss it. Item names come from the campaign, never the client. */
export const missingCounts = (items: readonly CampaignItem[]) =>
  items
    .map(
      (item, i) =>
        `SUM(CASE WHEN co.missing LIKE '%,${item.replace(/[^A-Za-z]/g, '')},%' THEN 1 ELSE 0 END) AS missing_${i}`,
    )
    .join(',\n  ');

/** A subtree's upper bound from a path column, in SQL: "/1/4/" → "/1/40". */
export const subtreeUpper = (pathColumn: string) => `SUBSTR(${pathColumn}, 1, LENGTH(${pathColumn}) - 1) || '0'`;

/** The calendar day in Vietnam of a UTC timestamp column. */
export const vietnamDay = (dataSource: DataSource, column: string) =>
  dataSource.options.type === 'postgres'
    ? `TO_CHAR(${column} AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD')`
    : `DATE(${column}, '+7 hours')`;
