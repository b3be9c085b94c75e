/**
 * The Huawei Cloud SMS v3 simulator (see README.md in this folder).
 */
export { createHuaweiSimulator, type HuaweiSimulator, type HuaweiSimulatorOptions, type SimCredential, type SimIamUser } from './server.js';
export { AgentEmulator, type AgentBehaviour, type AgentOptions } from './agent.js';
export { SmsStore } from './store.js';
export { ROUTES, SMS_OPERATION_IDS, matchRoute } from './routes.js';
export { SMS_MESSAGES, SmsError } from './errors.js';
export { startHuaweiDemo, type HuaweiDemoHandle, type HuaweiDemoOptions } from './demo.js';
export { seedHuaweiTasks, sourceProfile, taskBody, forceHistory, type SeedOptions, type SeedResult } from './seed.js';
