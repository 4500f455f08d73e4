"use server";

import {
  deleteNetwork,
  removeNetworkMembership,
  saveNetwork,
  saveNetworkMembership,
  setNetworkProjectLink,
} from "@/lib/dal/networks";
import { ZByIdInput } from "@/lib/validation/common";
import { ZNetworkProjectInput, ZSaveNetworkInput, ZSaveNetworkMembershipInput } from "@/lib/validation/network";
import { authedAction } from "./builder";

export const saveNetworkAction = authedAction("saveNetworkAction", ZSaveNetworkInput, (input, { user }) =>
  saveNetwork(user, input),
);

export const deleteNetworkAction = authedAction("deleteNetworkAction", ZByIdInput, ({ id }, { user }) =>
  deleteNetwork(user, id),
);

export const saveNetworkMembershipAction = authedAction(
  "saveNetworkMembershipAction",
  ZSaveNetworkMembershipInput,
  (input, { user }) => saveNetworkMembership(user, input),
);

export const removeNetworkMembershipAction = authedAction(
  "removeNetworkMembershipAction",
  ZByIdInput,
  ({ id }, { user }) => removeNetworkMembership(user, id),
);

export const linkNetworkProjectAction = authedAction(
  "linkNetworkProjectAction",
  ZNetworkProjectInput,
  (input, { user }) => setNetworkProjectLink(user, input, true),
);

export const unlinkNetworkProjectAction = authedAction(
  "unlinkNetworkProjectAction",
  ZNetworkProjectInput,
  (input, { user }) => setNetworkProjectLink(user, input, false),
);
