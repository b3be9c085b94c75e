import type { GraphQLResolveInfo } from 'graphql';
import { responsePathAsArray } from 'graphql';
import { Arg, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import { GatewayError } from '../../core/errors.js';
import { buildReport } from '../../domain/report.js';
import type { GraphQLContext } from '../context.js';
import { TaskFilter } from '../types/filters.js';
import { MigrationReport } from '../types/report.js';
import { accountObject } from './entity.js';
import { taskListArgs } from './support.js';
import { Costs, Read } from '../../security/directives.js';

@Resolver()
export class ReportResolver {
  @Read()
  @Costs(500)
  @Query(() => MigrationReport, {
    description: 'Aggregates over every task matching the filter (all pages, all selected accounts). Failed accounts are reported as errors beside the data.',
  })
  async migrationReport(
    @Arg('filter', () => TaskFilter, { nullable: true }) filter: TaskFilter | null,
    @Arg('oldestLimit', () => Int, { defaultValue: 10, description: 'How many oldest active tasks to return (1-100).' }) oldestLimit: number,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    if (!Number.isInteger(oldestLimit) || oldestLimit < 1 || oldestLimit > 100) {
      throw new GatewayError('BAD_USER_INPUT', 'oldestLimit: must be between 1 and 100', { field: 'oldestLimit' });
    }
    const { first: _f, after: _a, ...args } = taskListArgs(filter, {});
    const report = await buildReport(ctx.gateway, args, oldestLimit);
    const path = responsePathAsArray(info.path);
    for (const error of report.errors) ctx.partialErrors.push({ error, path });
    return {
      ...report,
      byAccountRegion: report.byAccountRegion.map((r) => ({ ...r, account: accountObject(ctx, r.accountId) })),
    };
  }
}
