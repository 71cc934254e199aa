/** Fault injection on the department simulator of the local runtime (loopback only). */
export const setFaults = async (simulatorUrl: string, faults: Record<string, unknown>): Promise<void> => {
  const res = await fetch(`${simulatorUrl}/__faults`, { method: 'POST', body: JSON.stringify(faults) });
  if (!res.ok) throw new Error(`__faults answered ${res.status}: ${await res.text()}`);
};
