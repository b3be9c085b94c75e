/**
 * The Huawei Cloud SMS v3 simulator (see README.md in this folder).
 */
export { createHuaweiSimulator, type HuaweiSimulator, type HuaweiSimulatorOptions, type SimCredential, type SimIamUser } from './server.js';
export { AgentEmulator, type AgentBehaviour, type AgentOptions } from './agent.js';
export { SmsStore } from './model.js';
export { ROUTES, SMS_OPERATION_IDS, matchRoute } from './server.js';
export { SmsError } from './errors.js';
export {
  startHuaweiDemo,
  seedHuaweiTasks,
  sourceProfile,
  taskBody,
  forceHistory,
  type HuaweiDemoHandle,
  type HuaweiDemoOptions,
  type SeedOptions,
  type SeedResult,
} from './demo.js';
