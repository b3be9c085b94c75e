import { registerEnumType } from 'type-graphql';
import { ListOrder, SourceState, TaskAction, TaskState } from '../../../adapters/port.js';

/** GraphQL names of the providers; the values are the provider ids used in configuration. */
export enum Provider {
  HUAWEI_SMS = 'huawei-sms',
  ALIBABA_SMC = 'alibaba-smc',
  UCLOUDSTACK_SMC = 'ucloudstack-smc',
}

registerEnumType(Provider, {
  name: 'Provider',
  description: 'A migration service migraph talks to.',
  valuesConfig: {
    HUAWEI_SMS: { description: 'Huawei Cloud Server Migration Service (SMS) v3' },
    ALIBABA_SMC: { description: 'Alibaba Cloud Server Migration Center (SMC) 2019-06-01' },
    UCLOUDSTACK_SMC: { description: 'UCloudStack SMC' },
  },
});

registerEnumType(TaskState, {
  name: 'TaskState',
  description: 'Unified task state. Each provider maps its native states onto these; `nativeState` keeps the original.',
});

registerEnumType(SourceState, { name: 'SourceState', description: 'Unified source-server state.' });

registerEnumType(TaskAction, {
  name: 'TaskAction',
  description: 'An action on a task. `Task.availableActions` lists the ones its current state allows.',
});

registerEnumType(ListOrder, { name: 'OrderBy', description: 'Order of a list: by creation time or by name.' });

export { ListOrder, SourceState, TaskAction, TaskState };
