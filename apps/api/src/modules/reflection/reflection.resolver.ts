import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../common/context';
import { Ctx } from '../../common/decorators';
import { MyReflectionsFilter, UpdateReflectionInput, WriteReflectionInput } from './dto/reflection.input';
import { toPeerResponse, toReflection } from './reflection.mapper';
import { PeerResponseModel, ReflectionModel } from './reflection.model';
import { MY_REFLECTIONS_DEFAULT_LIMIT, ReflectionService } from './reflection.service';

/**
 * Thin: every operation delegates to the service, which applies the domain's who-sees-what
 * table (`canSeeReflection`) to each reflection before anything is opened. Membership of the
 * session's team is one of the facts that table turns on, so it is checked there, per reflection.
 */
@Resolver(() => ReflectionModel)
export class ReflectionResolver {
  constructor(private readonly reflections: ReflectionService) {}

  @Query(() => [ReflectionModel], { description: 'My own reflections, newest session first' })
  async myReflections(
    @Ctx() ctx: GqlContext,
    @Args('filter', { type: () => MyReflectionsFilter, nullable: true }) filter?: MyReflectionsFilter | null,
    @Args('limit', { type: () => Int, defaultValue: MY_REFLECTIONS_DEFAULT_LIMIT, description: '1–200' }) limit?: number,
  ): Promise<ReflectionModel[]> {
    return (await this.reflections.myReflections(ctx, filter ?? {}, limit ?? MY_REFLECTIONS_DEFAULT_LIMIT)).map(toReflection);
  }

  @Query(() => ReflectionModel, { description: 'One reflection, when I may see it (NOT_FOUND otherwise)' })
  async reflection(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: GqlContext): Promise<ReflectionModel> {
    return toReflection(await this.reflections.reflection(ctx, id));
  }

  @Query(() => [ReflectionModel], { description: 'The reflections on a session that were shared with me (and my own shared one)' })
  async sharedReflections(@Args('sessionId', { type: () => ID }) sessionId: string, @Ctx() ctx: GqlContext): Promise<ReflectionModel[]> {
    return (await this.reflections.sharedReflections(ctx, sessionId)).map(toReflection);
  }

  @Mutation(() => ReflectionModel, { description: 'Writes my reflection on a session I attended (SUPERVISION: any time I am booked)' })
  async writeReflection(@Args('input') input: WriteReflectionInput, @Ctx() ctx: GqlContext): Promise<ReflectionModel> {
    const { sessionId, ...draft } = input;
    return toReflection(await this.reflections.writeReflection(ctx, sessionId, draft));
  }

  @Mutation(() => ReflectionModel, { description: 'Changes my reflection; visibility PRIVATE un-shares it and its responses' })
  async updateReflection(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateReflectionInput,
    @Ctx() ctx: GqlContext,
  ): Promise<ReflectionModel> {
    return toReflection(await this.reflections.updateReflection(ctx, id, input));
  }

  @Mutation(() => Boolean, { description: 'Deletes my reflection and every response to it' })
  async deleteReflection(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: GqlContext): Promise<boolean> {
    await this.reflections.deleteReflection(ctx, id);
    return true;
  }

  @Mutation(() => PeerResponseModel, { description: 'Responds to a reflection shared with me' })
  async respondToReflection(
    @Args('reflectionId', { type: () => ID }) reflectionId: string,
    @Args('text') text: string,
    @Ctx() ctx: GqlContext,
  ): Promise<PeerResponseModel> {
    return toPeerResponse(await this.reflections.respondToReflection(ctx, reflectionId, text));
  }

  @Mutation(() => PeerResponseModel, { description: 'Hides a response to my reflection from everyone but me' })
  async hidePeerResponse(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: GqlContext): Promise<PeerResponseModel> {
    return toPeerResponse(await this.reflections.setResponseHidden(ctx, id, true));
  }

  @Mutation(() => PeerResponseModel, { description: 'Shows a response I hid again' })
  async unhidePeerResponse(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: GqlContext): Promise<PeerResponseModel> {
    return toPeerResponse(await this.reflections.setResponseHidden(ctx, id, false));
  }

  @ResolveField(() => [PeerResponseModel], { description: 'Responses I may see: hidden ones only if I wrote the reflection' })
  async responses(@Parent() reflection: ReflectionModel, @Ctx() ctx: GqlContext): Promise<PeerResponseModel[]> {
    return (await this.reflections.responsesFor(ctx, reflection)).map(toPeerResponse);
  }
}
