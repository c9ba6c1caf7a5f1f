import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod/v4';
import type { MemberDirectory, Person } from '../bot/handoff';

const PlaygroundUser = z.looseObject({ id: z.string(), name: z.string() });
const PlaygroundConfig = z.looseObject({ currentUser: PlaygroundUser, users: z.array(PlaygroundUser) });

/**
 * The mock colleagues of `.m365agentsplayground.yml`, for trying »Send til min leder« locally: the playground's
 * 1:1 chat has no other members, and it has no people picker. Includes the current user, because a card sent
 * to them shows up in the playground's chat, so one person can play both parts.
 */
export class PlaygroundDirectory implements MemberDirectory {
  readonly includesSelf = true;

  private constructor(private readonly people: Person[]) {}

  static fromFile(file: string): PlaygroundDirectory | undefined {
    if (!existsSync(file)) return undefined;
    const config = PlaygroundConfig.parse(parse(readFileSync(file, 'utf8')));
    return new PlaygroundDirectory(
      [config.currentUser, ...config.users].map(({ id, name }) => ({ id, name })),
    );
  }

  async members(): Promise<Person[]> {
    return this.people;
  }
}
