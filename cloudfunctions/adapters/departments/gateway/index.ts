/** The production Departments adapter: signed HTTP to the data-sharing platform (or the local simulator). */
export {
  createDepartmentGateway,
  type DepartmentLogLine,
  type GatewayDeps,
} from './create-department-gateway';
export { gatewayConfigSchema, loadGatewayConfig, GATEWAY_ENV, type GatewayConfig } from './gateway-config';
export type { GatewayConfigInput } from './gateway-config';
