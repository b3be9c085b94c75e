import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { Source as SourceModel } from '../../../core/model.js';
import { alibabaSourceDetails } from '../../../../adapters/alibaba-smc/mapper.js';
import { Source } from '../../types/source.js';
import { AlibabaSourceDetails } from './details.js';

@Resolver(() => Source)
export class AlibabaSourceFields {
  @FieldResolver(() => AlibabaSourceDetails, { nullable: true, description: 'Alibaba Cloud SMC-only fields; null for other providers.' })
  alibaba(@Root() source: SourceModel): AlibabaSourceDetails | null {
    const d = alibabaSourceDetails(source);
    if (!d) return null;
    return { ...d, systemInfo: Object.entries(d.systemInfo).map(([key, value]) => ({ key, value })) };
  }
}
