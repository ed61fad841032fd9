import fs from 'node:fs';
import os from 'node:os';

/** CPU seconds and resident memory of another process, read from /proc (Linux). */
export interface ProcessSample {
  cpuSeconds: number;
  rssBytes: number;
}

const ticksPerSecond = 100;

export const sampleProcess = (pid: number): ProcessSample => {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name may hold spaces; fields are counted after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const userTicks = Number(fields[11]);
  const systemTicks = Number(fields[12]);
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const rssKiB = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return { cpuSeconds: (userTicks + systemTicks) / ticksPerSecond, rssBytes: rssKiB * 1024 };
};

/** Samples a process every 250 ms; `stop` returns CPU use (in cores) and peak memory. */
export const watchProcess = (
  pid: number,
): { stop: () => { cores: number; peakRssBytes: number } } => {
  const started = { sample: sampleProcess(pid), at: performance.now() };
  let peakRssBytes = started.sample.rssBytes;
  const timer = setInterval(() => {
    peakRssBytes = Math.max(peakRssBytes, sampleProcess(pid).rssBytes);
  }, 250);
  return {
    stop: () => {
      clearInterval(timer);
      const last = sampleProcess(pid);
      const seconds = (performance.now() - started.at) / 1000;
      return {
        cores: (last.cpuSeconds - started.sample.cpuSeconds) / Math.max(seconds, 0.001),
        peakRssBytes: Math.max(peakRssBytes, last.rssBytes),
      };
    },
  };
};

export const machineCores = (): number => os.cpus().length;
