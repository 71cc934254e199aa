/** Credentials for a real CloudBase environment, or null when any is missing. */
export const liveCloudbaseEnv = (env: NodeJS.ProcessEnv = process.env) => {
  const { TCB_ENV, TCB_SECRET_ID, TCB_SECRET_KEY } = env;
  if (!TCB_ENV || !TCB_SECRET_ID || !TCB_SECRET_KEY) return null;
  return { envId: TCB_ENV, secretId: TCB_SECRET_ID, secretKey: TCB_SECRET_KEY };
};
