package io.outsight.core.assessment.builtin;

import io.outsight.extension.api.LocalizedText;

/**
 * The pros and cons of outsourcing sales and of outsourcing lead generation, shown where the
 * decision is made.
 */
public enum ProCon {
  SALES_GROWS_REVENUE_NOT_OVERHEAD(
      true,
      false,
      "Grows revenue without growing overhead",
      "Kasvattaa liikevaihtoa kasvattamatta kiinteitä kuluja"),
  SALES_SUITS_VOLATILE_MARKETS(
      true,
      false,
      "Suits volatile or shifting markets: no hiring and firing as things change",
      "Sopii vaihteleville markkinoille: myyjiä ei tarvitse palkata ja irtisanoa tilanteen muuttuessa"),
  SALES_NO_SALARIES(
      true,
      false,
      "No salaries or benefits to pay to the outsourced reps",
      "Vuokramyyjille ei makseta palkkaa eikä etuja"),
  SALES_REPUTATION_RISK(
      false,
      false,
      "Reputation risk: a third party handles your customer relationships",
      "Maineriski: kolmas osapuoli hoitaa asiakassuhteitamme"),
  SALES_RELATIONSHIP_TAKES_TIME(
      false,
      false,
      "Building the relationship and managing the contract takes time before quality and results come",
      "Ennen kuin laatu ja tulokset syntyvät, suhteen rakentaminen ja sopimuksen hallinta vievät aikaa"),
  SALES_UP_FRONT_COST(
      false,
      false,
      "May cost more up front than an in-house hire, whose costs spread over time",
      "Voi maksaa alussa enemmän kuin oman myyjän palkkaaminen, jonka kulut jakautuvat pidemmälle ajalle"),
  LEADS_NO_RAMP(
      true,
      true,
      "Removes or shortens the ramp time of hiring BDRs/SDRs",
      "BDR- ja SDR-myyjiä ei tarvitse palkata ja perehdyttää, tai perehdytys lyhenee"),
  LEADS_EXPERIENCED_TEAM(
      true,
      true,
      "An experienced external team can be more productive than inexperienced in-house reps",
      "Kokenut ulkopuolinen tiimi voi saada enemmän aikaan kuin kokemattomat omat myyjät"),
  LEADS_TEAM_FOCUSES_ON_CLOSING(
      true,
      true,
      "With prospecting gone, the in-house team focuses on negotiating and closing",
      "Kun prospektointi jää pois, omat myyjämme voivat keskittyä neuvotteluihin ja kauppojen päättämiseen"),
  LEADS_HARD_TO_FIND_VENDOR(
      false,
      true,
      "Hard to find a vendor that fits and truly cares about your success",
      "On vaikea löytää toimittaja, joka sopii meille ja välittää aidosti menestyksestämme"),
  LEADS_INBOUND_BLIND_SPOTS(
      false,
      true,
      "Relying on inbound leads leaves blind spots: research the market and buyer personas first",
      "Inbound-liideihin nojaaminen jättää sokeita pisteitä: tutki markkina ja ostajapersoonat ensin"),
  LEADS_KNOWLEDGE_OUTSIDE(
      false,
      true,
      "The knowledge and processes live outside the company, which complicates insourcing later",
      "Osaaminen ja prosessit jäävät yrityksen ulkopuolelle, joten työn ottaminen myöhemmin takaisin omaksi on vaikeampaa");

  private final boolean pro;
  private final boolean leadGeneration;
  private final LocalizedText text;

  ProCon(boolean pro, boolean leadGeneration, String en, String fi) {
    this.pro = pro;
    this.leadGeneration = leadGeneration;
    this.text = new LocalizedText(en, fi);
  }

  public boolean pro() {
    return pro;
  }

  public LocalizedText text() {
    return text;
  }

  boolean concerns(ReadinessScope scope) {
    return leadGeneration == (scope == ReadinessScope.LEAD_GENERATION);
  }
}
