/**
 * matter.js's process environment for the hub: configured before any other matter.js module loads
 * (its environment reads these once). The hub's own command line, environment and signals stay the
 * hub's: matter.js reads no argv, no MATTER_* variables, no config.json, traps no signals; its storage
 * is DATA/matter (one folder per node, named by the home id).
 */
export async function matterEnvironment(storagePath: string): Promise<void> {
  const { config } = await import('@matter/nodejs/config');
  if (!config.isInitialized) {
    config.loadProcessArgv = false;
    config.loadProcessEnv = false;
    config.loadConfigFile = false;
    config.defaultStoragePath = storagePath;
    config.trapProcessSignals = false;
    config.setProcessExitCodeOnError = false;
    config.trapUnhandledErrors = false;
  }
  const { Environment } = await import('@matter/main');
  Environment.default.vars.set('storage.path', storagePath);
}
