/** Shared by the Alibaba resolvers: global id -> account/region checks and the typed extension. */
import { GatewayError } from '../../../core/errors.js';
import type { EntityKind } from '../../../core/model.js';
import type { AlibabaSmcExtension } from '../../../../adapters/alibaba-smc/extension.js';
import { decodeId, type GlobalRef } from '../../../domain/ids.js';
import type { GraphQLContext } from '../../context.js';

export const ALIBABA = 'alibaba-smc' as const;

/** Decodes an id of `kind`, checks its account/region, and returns the ref with the Alibaba extension. */
export function alibabaRef(ctx: GraphQLContext, id: string, kind: EntityKind | readonly EntityKind[], field: string): { ref: GlobalRef; ext: AlibabaSmcExtension } {
  const ref = decodeId(id, kind, field);
  if (ref.provider !== ALIBABA) {
    throw new GatewayError('UNSUPPORTED_OPERATION', `${field}: this operation needs an Alibaba Cloud SMC entity, got ${ref.provider}`, { provider: ref.provider, account: ref.accountId, field });
  }
  ctx.gateway.checkRef(ref, field);
  return { ref, ext: ctx.gateway.accounts.extension<AlibabaSmcExtension>(ref.accountId, ALIBABA, field) };
}

/** The extension of an Alibaba account and a checked region (default the account's first). */
export function alibabaAccount(ctx: GraphQLContext, account: string, region: string | null | undefined): { region: string; ext: AlibabaSmcExtension } {
  const { region: r } = ctx.gateway.accounts.named(account, region);
  return { region: r, ext: ctx.gateway.accounts.extension<AlibabaSmcExtension>(account, ALIBABA, 'account') };
}
