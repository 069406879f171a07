import { Injectable } from '@nestjs/common';

/**
 * The decisions of this process whose outcome is still to be written on the path. The recovery sweep never
 * closes one of these, however long its stream runs.
 */
@Injectable()
export class OpenDecisions {
  private readonly open = new Set<string>();

  add(tenant: string, seq: number): void {
    this.open.add(`${tenant}\n${seq}`);
  }

  delete(tenant: string, seq: number): void {
    this.open.delete(`${tenant}\n${seq}`);
  }

  has(tenant: string, seq: number): boolean {
    return this.open.has(`${tenant}\n${seq}`);
  }
}
