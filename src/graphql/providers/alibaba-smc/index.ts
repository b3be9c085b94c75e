/** The Alibaba Cloud SMC GraphQL module (see ../README.md). */
import { AlibabaJobResolver } from './job-resolver.js';
import { AlibabaSourceFields } from './source-fields.js';
import { AlibabaSourceResolver } from './source-resolver.js';
import { AlibabaTagResolver } from './tag-resolver.js';
import { AlibabaTaskFields } from './task-fields.js';

export const alibabaResolvers: Function[] = [AlibabaTaskFields, AlibabaSourceFields, AlibabaJobResolver, AlibabaSourceResolver, AlibabaTagResolver];
