import type { ICommand } from '@nestjs/cqrs';
import type { CommandContext } from '@app/event-store';

/** A deadline's command as stored with it (JSON): the registered type and its payload. */
export interface DeadlineCommand {
  type: string;
  payload: Record<string, unknown>;
}

export type DeadlineCommandFactory = (payload: Record<string, unknown>, context: CommandContext) => ICommand;

const factories = new Map<string, DeadlineCommandFactory>();

/**
 * Names a command a deadline may fire, and how to build it from its stored payload. Called once per type
 * at module load, next to the command class (`registerDeadlineCommand('AcknowledgeApplication', (p, c) => new
 * AcknowledgeApplicationCommand(p.applicationId as string, c))`); the type is stored with every deadline, so
 * it must never change.
 */
export function registerDeadlineCommand(type: string, factory: DeadlineCommandFactory): void {
  const known = factories.get(type);
  if (known && known !== factory) throw new Error(`deadline command type "${type}" is registered twice`);
  factories.set(type, factory);
}

export function buildDeadlineCommand(command: DeadlineCommand, context: CommandContext): ICommand {
  const factory = factories.get(command.type);
  if (!factory) throw new Error(`no deadline command is registered as "${command.type}"`);
  return factory(command.payload, context);
}
