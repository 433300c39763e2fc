import { blankToNull, type Role } from '@helder/domain';
import type { z } from 'zod';
import type { employeeInputSchema, employeePatchSchema, productInputSchema, productPatchSchema, teamInputSchema, teamPatchSchema } from '@helder/domain';
import type { AuditService } from '../audit/service.js';
import { deleteSessionsOf } from '../auth/repository.js';
import { hashPassword } from '../auth/passwords.js';
import { countOpenCallbacksOfTeam } from '../callbacks/repository.js';
import type { Db } from '../db/client.js';
import { isUniqueViolation } from '../db/errors.js';
import type { RequestContext } from '../http/context.js';
import { conflict, invalid, notFound } from '../http/errors.js';
import * as repo from './repository.js';

type TeamInput = z.infer<typeof teamInputSchema>;
type TeamPatch = z.infer<typeof teamPatchSchema>;
type ProductInput = z.infer<typeof productInputSchema>;
type ProductPatch = z.infer<typeof productPatchSchema>;
type EmployeeInput = z.infer<typeof employeeInputSchema>;
type EmployeePatch = z.infer<typeof employeePatchSchema>;

/** Only the fields that were sent, so a PATCH changes exactly what the administrator changed. */
function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export class OrganisationService {
  constructor(private readonly db: Db, private readonly audit: AuditService) {}

  listTeams(filter: { active?: boolean | undefined }) {
    return repo.listTeams(this.db, filter);
  }

  async getTeam(id: string) {
    const team = await repo.findTeam(this.db, id);
    if (!team) throw notFound('Dit team bestaat niet.');
    return team;
  }

  async createTeam(ctx: RequestContext, input: TeamInput) {
    const team = await this.unique(
      () => repo.insertTeam(this.db, { ...input, description: blankToNull(input.description) }),
      'Er is al een team met deze naam.',
    );
    await this.audit.record(ctx, { action: 'create', entityType: 'team', entityId: team.id, detail: { ...input } });
    return team;
  }

  async updateTeam(ctx: RequestContext, id: string, patch: TeamPatch) {
    const current = await this.getTeam(id);
    if (patch.active === false && current.active) {
      const open = await countOpenCallbacksOfTeam(this.db, id);
      if (open > 0) {
        throw conflict(`Dit team heeft nog ${open} open ${open === 1 ? 'verzoek' : 'verzoeken'}. Draag die eerst over aan een ander team.`);
      }
    }
    const values = defined({ ...patch, description: patch.description === undefined ? undefined : blankToNull(patch.description) });
    const team = await this.unique(() => repo.updateTeam(this.db, id, values), 'Er is al een team met deze naam.');
    await this.audit.record(ctx, { action: 'update', entityType: 'team', entityId: id, detail: values });
    return team!;
  }

  async getProduct(id: string) {
    const product = await repo.findProduct(this.db, id);
    if (!product) throw notFound('Dit product of deze dienst bestaat niet.');
    return product;
  }

  listProducts(filter: { teamId?: string | undefined; active?: boolean | undefined }) {
    return repo.listProducts(this.db, filter);
  }

  async createProduct(ctx: RequestContext, input: ProductInput) {
    await this.requireTeam(input.teamId);
    const product = await this.unique(
      () => repo.insertProduct(this.db, { ...input, description: blankToNull(input.description) }),
      'Er is al een product of dienst met deze naam.',
    );
    await this.audit.record(ctx, { action: 'create', entityType: 'product', entityId: product.id, detail: { ...input } });
    return product;
  }

  async updateProduct(ctx: RequestContext, id: string, patch: ProductPatch) {
    if (!(await repo.findProduct(this.db, id))) throw notFound('Dit product of deze dienst bestaat niet.');
    if (patch.teamId) await this.requireTeam(patch.teamId);
    const values = defined({ ...patch, description: patch.description === undefined ? undefined : blankToNull(patch.description) });
    const product = await this.unique(() => repo.updateProduct(this.db, id, values), 'Er is al een product of dienst met deze naam.');
    await this.audit.record(ctx, { action: 'update', entityType: 'product', entityId: id, detail: values });
    return product!;
  }

  listEmployees(filter: repo.EmployeeFilter) {
    return repo.listEmployees(this.db, filter);
  }

  async getEmployee(id: string) {
    const employee = await repo.findEmployee(this.db, id);
    if (!employee) throw notFound('Deze medewerker bestaat niet.');
    return employee;
  }

  async createEmployee(ctx: RequestContext, input: EmployeeInput) {
    if (input.teamId) await this.requireTeam(input.teamId);
    const employee = await this.unique(
      async () =>
        repo.insertEmployee(this.db, {
          name: input.name,
          email: input.email.toLowerCase(),
          roles: [...new Set(input.roles)],
          teamId: input.teamId,
          active: input.active,
          passwordHash: input.password ? await hashPassword(input.password) : null,
        }),
      'Er is al een medewerker met dit e-mailadres.',
    );
    const { password: _password, ...logged } = input;
    await this.audit.record(ctx, { action: 'create', entityType: 'employee', entityId: employee.id, detail: { ...logged, passwordSet: !!input.password } });
    return employee;
  }

  async updateEmployee(ctx: RequestContext, id: string, patch: EmployeePatch) {
    await this.getEmployee(id);
    if (id === ctx.actor.id) {
      if (patch.active === false) throw conflict('U kunt uw eigen account niet uitzetten. Vraag dat aan een andere beheerder.');
      if (patch.roles && !patch.roles.includes('admin')) {
        throw conflict('U kunt uw eigen beheerdersrol niet weghalen. Vraag dat aan een andere beheerder.');
      }
    }
    if (patch.teamId) await this.requireTeam(patch.teamId);
    const { password, ...rest } = patch;
    const values = defined({
      ...rest,
      email: rest.email?.toLowerCase(),
      roles: rest.roles ? ([...new Set(rest.roles)] as Role[]) : undefined,
      passwordHash: password ? await hashPassword(password) : undefined,
    });
    const employee = await this.unique(() => repo.updateEmployee(this.db, id, values), 'Er is al een medewerker met dit e-mailadres.');
    // Access ends at once when an account is switched off or its password is reset.
    if (patch.active === false || password) await deleteSessionsOf(this.db, id);
    await this.audit.record(ctx, { action: 'update', entityType: 'employee', entityId: id, detail: { ...rest, passwordSet: !!password } });
    return employee!;
  }

  private async requireTeam(teamId: string) {
    const team = await repo.findTeam(this.db, teamId);
    if (!team) throw invalid('teamId', 'Dit team bestaat niet.');
    return team;
  }

  private async unique<T>(write: () => Promise<T>, message: string): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(message, 'duplicate');
      throw error;
    }
  }
}
